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

/** A category's entries, with one matcher over all of them. */
export interface CompiledCategory {
  readonly category: RiskCategory;
  readonly entries: readonly CompiledEntry[];
  readonly matcher: PhraseMatcher;
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
  return new RegExp(patternSource(expand(pattern)), 'iu');
}

function compileCategory(file: CategoryFile): CompiledCategory {
  const category = file.category as RiskCategory;
  const entries = file.entries.map((e) => ({
    ...e,
    category,
    requiresRe: e.requires ? regexOf(e.requires) : null,
    excludeRe: e.excludeIf ? regexOf(e.excludeIf) : null,
  }));
  return { category, entries, matcher: compilePhrases(entries.map((e) => patternSource(expand(e.pattern)))) };
}

/** All category lexicons, compiled once at module load. */
export const LEXICON: readonly CompiledCategory[] = [
  selfHarm,
  harmToOthers,
  childAbuse,
  vulnerableAdult,
  domesticViolence,
  crime,
].map((f) => compileCategory(f as CategoryFile));

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

/** One cue family and its own matcher (cues may overlap each other, so each is scanned alone). */
export interface CompiledCue {
  readonly name: CueName;
  readonly matcher: PhraseMatcher;
}

/** The cue lexicon, compiled once at module load. */
export const CUES: readonly CompiledCue[] = cueFile.cues.map((c) => ({
  name: c.cue as CueName,
  matcher: compilePhrases([patternSource(expand(c.pattern))]),
}));

/** Version of the lexicon files, reported with results for audit. */
export const LEXICON_VERSION: string = macroFile.version;
