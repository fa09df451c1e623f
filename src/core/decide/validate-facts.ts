import {
  ABUSE_KINDS,
  CONSENT_DEFECTS,
  CONSENT_STATUSES,
  type ConsentFacts,
  type DisclosureFacts,
  DUTY_TO_WARN_TYPES,
  LEGAL_PROCESSES,
  type ParticipantFacts,
  type ProgramFacts,
  PURPOSES,
  RECIPIENTS,
  RISKS,
} from './facts.ts';

/**
 * Facts that do not match disclosure-facts.schema.json. The message names the field and what it
 * must be, and never repeats the value received: facts may carry participant details.
 */
export class FactsValidationError extends Error {
  override readonly name = 'FactsValidationError';
  /** Dotted path of the offending field, e.g. `facts.recipient` or `facts.information[2]`. */
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`${field} ${problem}`);
    this.field = field;
  }
}

/** The result of validating facts: the facts (a fresh, exact copy) or the first problem found. */
export type FactsValidation =
  | { readonly ok: true; readonly facts: DisclosureFacts }
  | { readonly ok: false; readonly error: FactsValidationError };

/** Validates unknown input against the DisclosureFacts schema without throwing. */
export function validateDisclosureFacts(input: unknown, path = 'facts'): FactsValidation {
  try {
    return { ok: true, facts: parseDisclosureFacts(input, path) };
  } catch (e) {
    if (e instanceof FactsValidationError) return { ok: false, error: e };
    throw e;
  }
}

/** Returns valid DisclosureFacts built from unknown input, or throws FactsValidationError. */
export function parseDisclosureFacts(input: unknown, path = 'facts'): DisclosureFacts {
  const o = record(input, path, [
    'program',
    'participant',
    'recipient',
    'purpose',
    'information',
    'consent',
    'risk',
    'abuse',
    'legal',
    'identifiable',
  ]);
  requireAll(o, path, ['program', 'participant', 'recipient', 'purpose', 'information', 'consent', 'risk', 'abuse', 'legal', 'identifiable']);
  return {
    program: program(o['program'], `${path}.program`),
    participant: participant(o['participant'], `${path}.participant`),
    recipient: oneOf(o['recipient'], `${path}.recipient`, RECIPIENTS),
    purpose: oneOf(o['purpose'], `${path}.purpose`, PURPOSES),
    information: information(o['information'], `${path}.information`),
    consent: consent(o['consent'], `${path}.consent`),
    risk: oneOf(o['risk'], `${path}.risk`, RISKS),
    abuse: oneOf(o['abuse'], `${path}.abuse`, ABUSE_KINDS),
    legal: oneOf(o['legal'], `${path}.legal`, LEGAL_PROCESSES),
    identifiable: bool(o['identifiable'], `${path}.identifiable`),
  };
}

function program(value: unknown, path: string): ProgramFacts {
  const o = record(value, path, ['part2', 'state', 'duty_to_warn', 'peer_mandated_reporter', 'licensed_clinician_witnessed']);
  requireAll(o, path, ['part2']);
  const out: { -readonly [K in keyof ProgramFacts]: ProgramFacts[K] } = { part2: bool(o['part2'], `${path}.part2`) };
  if (o['state'] !== undefined) out.state = nullable(o['state'], `${path}.state`, (v, p) => str(v, p, 'a two-letter state code or null'));
  if (o['duty_to_warn'] !== undefined) {
    out.duty_to_warn = nullable(o['duty_to_warn'], `${path}.duty_to_warn`, (v, p) => oneOf(v, p, DUTY_TO_WARN_TYPES, true));
  }
  if (o['peer_mandated_reporter'] !== undefined) out.peer_mandated_reporter = bool(o['peer_mandated_reporter'], `${path}.peer_mandated_reporter`);
  if (o['licensed_clinician_witnessed'] !== undefined) {
    out.licensed_clinician_witnessed = bool(o['licensed_clinician_witnessed'], `${path}.licensed_clinician_witnessed`);
  }
  return out;
}

function participant(value: unknown, path: string): ParticipantFacts {
  const o = record(value, path, ['age', 'present_and_agrees', 'incapacitated']);
  requireAll(o, path, ['age']);
  const out: { -readonly [K in keyof ParticipantFacts]: ParticipantFacts[K] } = {
    age: nullable(o['age'], `${path}.age`, age),
  };
  if (o['present_and_agrees'] !== undefined) out.present_and_agrees = bool(o['present_and_agrees'], `${path}.present_and_agrees`);
  if (o['incapacitated'] !== undefined) out.incapacitated = bool(o['incapacitated'], `${path}.incapacitated`);
  return out;
}

function consent(value: unknown, path: string): ConsentFacts {
  const o = record(value, path, ['status', 'defect']);
  requireAll(o, path, ['status']);
  const status = oneOf(o['status'], `${path}.status`, CONSENT_STATUSES);
  if (o['defect'] === undefined) return { status };
  return { status, defect: nullable(o['defect'], `${path}.defect`, (v, p) => oneOf(v, p, CONSENT_DEFECTS, true)) };
}

function information(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value)) throw new FactsValidationError(path, 'must be an array of strings');
  if (value.length === 0) throw new FactsValidationError(path, 'must list at least one category');
  return value.map((item, i) => str(item, `${path}[${i}]`, 'a string'));
}

function age(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new FactsValidationError(path, 'must be a whole number of years (0 or more) or null');
  }
  return value;
}

// --- small checks -------------------------------------------------------------------------

function record(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FactsValidationError(path, 'must be an object');
  }
  const o = value as Record<string, unknown>;
  // The unknown key itself is not echoed: it is input text.
  if (Object.keys(o).some((k) => !allowed.includes(k))) {
    throw new FactsValidationError(path, `has a field that is not allowed; allowed fields: ${allowed.join(', ')}`);
  }
  return o;
}

function requireAll(o: Record<string, unknown>, path: string, required: readonly string[]): void {
  for (const key of required) {
    if (o[key] === undefined) throw new FactsValidationError(`${path}.${key}`, 'is required');
  }
}

function oneOf<T extends string>(value: unknown, path: string, values: readonly T[], orNull = false): T {
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw new FactsValidationError(path, `must be one of ${values.join(', ')}${orNull ? ', or null' : ''}`);
  }
  return value as T;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new FactsValidationError(path, 'must be true or false');
  return value;
}

function str(value: unknown, path: string, what: string): string {
  if (typeof value !== 'string') throw new FactsValidationError(path, `must be ${what}`);
  return value;
}

function nullable<T>(value: unknown, path: string, inner: (v: unknown, p: string) => T): T | null {
  return value === null ? null : inner(value, path);
}
