import { patternSource } from '../context/phrase-regex.ts';
import { compilePhrases, type PhraseMatcher } from '../context/phrase-matcher.ts';
import childAbuse from './lexicon/child-abuse.json' with { type: 'json' };
import crime from './lexicon/crime.json' with { type: 'json' };
import cueFile from './lexicon/cues.json' with { type: 'json' };
import domesticViolence from './lexicon/domestic-violence.json' with { type: 'json' };
import harmToOthers from './lexicon/harm-to-others.json' with { type: 'json' };
import macroFile from './lexicon/macros.json' with { type: 'json' };
import selfHarm from './lexicon/self-harm.json' with { type: 'json' };
import vulnerableAdult from './lexicon/vulnerable-adult-abuse.json' with { type: 'json' };
import type { RiskCategory, RiskLevel } from './types.ts';

/** One lexicon entry as written in a category file. */
export interface LexiconEntry {
  readonly id: string;
  /** What the statement is (passive, ideation, intent, attempt, threat, physical …); drives grading. */
  readonly kind: string;
  /** The level the statement carries before cues and modifiers. */
  readonly level: RiskLevel;
  readonly pattern: string;
  /** Must also occur within one sentence either side, or the entry does not fire. */
  readonly requires?: string;
  /** Must not occur in the same sentence (e.g. an elder context for a child-abuse entry). */
  readonly excludeIf?: string;
  /** The phrase is also used as hyperbole ("gonna kill myself lol"); a joking marker lowers it. */
  readonly hyperbole?: boolean;
}

interface CategoryFile {
  readonly version: string;
  readonly category: string;
  readonly entries: readonly LexiconEntry[];
}

/** A lexicon entry compiled for use. */
export interface CompiledEntry extends LexiconEntry {
  readonly category: RiskCategory;
  readonly requiresRe: RegExp | null;
  readonly excludeRe: RegExp | null;
}

const MACROS: Record<string, string> = macroFile.macros;

/** Replaces {NAME} with its macro, recursively (macros may use macros). */
function expand(pattern: string, depth = 0): string {
  if (depth > 5) throw new Error('risk lexicon: macro nesting too deep');
  return pattern.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const m = MACROS[name];
    return m === undefined ? whole : expand(m, depth + 1);
  });
}

function regexOf(pattern: string): RegExp {
  return new RegExp(patternSource(expand(pattern)), 'i');
}

function compileEntries(file: CategoryFile): CompiledEntry[] {
  const category = file.category as RiskCategory;
  return file.entries.map((e) => ({
    ...e,
    category,
    requiresRe: e.requires ? regexOf(e.requires) : null,
    excludeRe: e.excludeIf ? regexOf(e.excludeIf) : null,
  }));
}

/** The cue names the grader knows. */
export type CueName =
  | 'timeframe'
  | 'in_progress'
  | 'means'
  | 'intent'
  | 'plan'
  | 'farewell'
  | 'past_days'
  | 'identifiable_victim'
  | 'weapon'
  | 'hyperbole'
  | 'current_concern'
  | 'escalation';

/** Every entry, in the order of ENTRY_MATCHER's phrase indexes. */
export const ENTRIES: readonly CompiledEntry[] = [selfHarm, harmToOthers, childAbuse, vulnerableAdult, domesticViolence, crime].flatMap((f) =>
  compileEntries(f as CategoryFile),
);

const GROUP_IDS = new Map<string, number>();

/**
 * The entries, one matcher, compiled once at module load. At each position it reports the
 * longest-source match of each category and level (they may overlap one another); the detector
 * keeps the gravest, then longest, entry per category.
 */
export const ENTRY_MATCHER: PhraseMatcher = compilePhrases(
  ENTRIES.map((e) => patternSource(expand(e.pattern))),
  { overlapping: true, groups: ENTRIES.map((e) => groupId(`${e.category}:${e.level}`)) },
);

/** Cue names in the order of CUE_MATCHER's phrase indexes. */
export const CUE_NAMES: readonly CueName[] = cueFile.cues.map((c) => c.cue as CueName);

/** The imminence cues, each family its own group; run only on notes with a finding. */
export const CUE_MATCHER: PhraseMatcher = compilePhrases(
  cueFile.cues.map((c) => patternSource(expand(c.pattern))),
  { overlapping: true, groups: cueFile.cues.map((_, i) => i) },
);

function groupId(name: string): number {
  let id = GROUP_IDS.get(name);
  if (id === undefined) {
    id = GROUP_IDS.size;
    GROUP_IDS.set(name, id);
  }
  return id;
}

/** Version of the lexicon files, reported with results for audit. */
export const LEXICON_VERSION: string = macroFile.version;
