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

/** What a phrase of the combined matcher is: a lexicon entry or an imminence cue. */
export type LexiconPhrase = { readonly type: 'entry'; readonly entry: CompiledEntry } | { readonly type: 'cue'; readonly name: CueName };

const ENTRIES: readonly CompiledEntry[] = [selfHarm, harmToOthers, childAbuse, vulnerableAdult, domesticViolence, crime].flatMap((f) =>
  compileEntries(f as CategoryFile),
);

const GROUP_IDS = new Map<string, number>();

/** Every entry and cue, in the order of the combined matcher's phrase indexes. */
export const PHRASES: readonly LexiconPhrase[] = [
  ...ENTRIES.map((entry) => ({ type: 'entry' as const, entry })),
  ...cueFile.cues.map((c) => ({ type: 'cue' as const, name: c.cue as CueName })),
];

/**
 * One matcher over all entries and cues, compiled once at module load. At each position it reports
 * the longest-source match of each category and of each cue family (they may overlap one another);
 * the detector then keeps the leftmost-longest entry per category.
 */
export const LEXICON_MATCHER: PhraseMatcher = compilePhrases(
  [...ENTRIES.map((e) => e.pattern), ...cueFile.cues.map((c) => c.pattern)].map((p) => patternSource(expand(p))),
  { overlapping: true, groups: PHRASES.map((p) => groupKey(p)) },
);

/** Entries of one category and level compete for a span; each cue family is its own group. */
function groupKey(p: LexiconPhrase): number {
  const name = p.type === 'entry' ? `entry:${p.entry.category}:${p.entry.level}` : `cue:${p.name}`;
  let id = GROUP_IDS.get(name);
  if (id === undefined) {
    id = GROUP_IDS.size;
    GROUP_IDS.set(name, id);
  }
  return id;
}

/** Version of the lexicon files, reported with results for audit. */
export const LEXICON_VERSION: string = macroFile.version;
