import { literalSource, patternSource } from './phrase-regex.ts';
import { compilePhrases, type PhraseMatcher } from './phrase-matcher.ts';
import type { ContextRule, ContextRuleSet } from './types.ts';

/** A rule ready to use: its scope cap resolved from the rule set's default. */
export interface CompiledRule extends ContextRule {
  readonly maxScope: number | null;
}

/** Rule sets compiled into one matcher; built once and shared. */
export interface CompiledRules {
  readonly versions: readonly string[];
  readonly rules: readonly CompiledRule[];
  readonly matcher: PhraseMatcher;
}

/**
 * Compiles one or more rule sets (e.g. the general clinical set plus a domain set) into a single
 * matcher. Throws on a malformed rule, so a bad edit to the JSON fails at load, not silently.
 */
export function compileRules(...sets: readonly ContextRuleSet[]): CompiledRules {
  return compileRulesCapped(null, ...sets);
}

/**
 * As compileRules, with every sentence-bounded scope capped at `cap` tokens. Messages written
 * without punctuation arrive as one long "sentence"; the cap keeps a negation at the start of a
 * text from reaching a disclosure ten clauses later (medspaCy's max_scope, applied set-wide).
 */
export function compileRulesCapped(cap: number | null, ...sets: readonly ContextRuleSet[]): CompiledRules {
  const rules: CompiledRule[] = [];
  const sources: string[] = [];
  // Later sets take precedence on an exact tie (a domain rule overrides a general one with the same
  // wording), so they are listed first; within a set the file order is kept.
  for (const set of [...sets].reverse()) {
    for (const rule of set.rules) {
      const hasLiteral = typeof rule.literal === 'string';
      const hasPattern = typeof rule.pattern === 'string';
      if (hasLiteral === hasPattern) {
        throw new Error(`context rule set ${set.version}: each rule needs exactly one of literal and pattern`);
      }
      const source = hasLiteral ? literalSource(rule.literal ?? '') : patternSource(rule.pattern ?? '');
      new RegExp(source, 'i'); // fail at load on a bad pattern, naming nothing from any note
      const own = rule.max_scope === undefined ? (set.default_max_scope ?? null) : rule.max_scope;
      // The cap bounds scopes left open (to the sentence end); a rule's own max_scope is kept.
      const maxScope = cap === null || own !== null ? own : cap;
      rules.push({ ...rule, maxScope });
      sources.push(source);
    }
  }
  return { versions: sets.map((s) => s.version), rules, matcher: compilePhrases(sources) };
}
