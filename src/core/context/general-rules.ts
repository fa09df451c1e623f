import { type CompiledRules, compileRules } from './compile-rules.ts';
import rules from './rules.v1.json' with { type: 'json' };
import type { ContextRuleSet } from './types.ts';

/** The general clinical rule set as written in rules.v1.json (versioned, reviewable data). */
export const generalRuleSet: ContextRuleSet = rules as ContextRuleSet;

/** The general rules compiled once at module load. */
export const generalRules: CompiledRules = compileRules(generalRuleSet);
