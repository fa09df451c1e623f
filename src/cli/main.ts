import { type Command, processIo } from './io.ts';

/**
 * `peerkeep SUB ...` — one entry per sub-command. Each is loaded only when used, so the analysis
 * commands start without loading the database or HTTP code.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  decide: {
    summary: 'decide whether a disclosure may be made (DisclosureFacts JSON on stdin)',
    load: async () => (await import('./commands/decide.ts')).decideCommand,
  },
  risk: {
    summary: 'scan a note or message for risky disclosures (text on stdin)',
    load: async () => (await import('./commands/risk.ts')).riskCommand,
  },
  context: {
    summary: 'assertion status of a target phrase in a sentence (--jsonl only)',
    load: async () => (await import('./commands/context.ts')).contextCommand,
  },
  deid: {
    summary: 'de-identify a note (text on stdin)',
    load: async () => (await import('./commands/deid.ts')).deidCommand,
  },
  serve: {
    summary: 'start the server (--demo: first start creates a demo organization)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  migrate: {
    summary: 'bring the database schema up to date',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  org: {
    summary: 'create or list organizations',
    load: async () => (await import('./commands/org.ts')).orgCommand,
  },
  team: {
    summary: 'create a team in an organization',
    load: async () => (await import('./commands/user.ts')).teamCommand,
  },
  user: {
    summary: 'create, list or unlock staff accounts',
    load: async () => (await import('./commands/user.ts')).userCommand,
  },
  caseload: {
    summary: "assign a participant to staff members' caseloads",
    load: async () => (await import('./commands/user.ts')).caseloadCommand,
  },
  keys: {
    summary: 'create the master key file, or rotate keys with no downtime',
    load: async () => (await import('./commands/keys.ts')).keysCommand,
  },
  audit: {
    summary: 'verify the audit hash chain, or write a signed checkpoint',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
  accounting: {
    summary: "a participant's accounting of disclosures (JSON, or --pdf FILE)",
    load: async () => (await import('./commands/consent.ts')).accountingCommand,
  },
  consents: {
    summary: 'consents expiring soon, or participants who have not signed the current limits of confidentiality',
    load: async () => (await import('./commands/consent.ts')).consentsCommand,
  },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const rows = Object.entries(COMMANDS).map(([k, v]) => `  ${k.padEnd(width)}  ${v.summary}`);
  return `usage: peerkeep COMMAND [options]\n\ncommands:\n${rows.join('\n')}\n\nRun "peerkeep COMMAND --help" for a command's options.\n`;
}

/**
 * The errors a person at the command line can act on (bad options, missing keys, input that breaks
 * a rule, a name already taken) as one line; anything else is a bug and keeps its stack.
 */
function describeProblem(e: unknown): string | null {
  if (!(e instanceof Error)) return null;
  const known = ['UsageError', 'MasterKeyError', 'InvalidInputError', 'ConflictError', 'NotFoundError', 'ForbiddenError'];
  if (!known.includes(e.name)) return null;
  const field = (e as { field?: unknown }).field;
  return typeof field === 'string' ? `${field}: ${e.message}` : e.message;
}

export async function main(argv: readonly string[], io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`unknown command "${name}". Run "peerkeep --help" to list the commands.\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (e) {
    const problem = describeProblem(e);
    if (problem) {
      io.err(`${problem}\n`);
      return 2;
    }
    throw e;
  }
}
