import { type CompiledRules, compileRulesCapped } from '../context/compile-rules.ts';
import { generalRuleSet } from '../context/general-rules.ts';
import type { ContextRuleSet } from '../context/types.ts';
import domain from './assertion-rules.v1.json' with { type: 'json' };

/** The peer-note additions to the general ConText rules (versioned data). */
export const riskAssertionRuleSet: ContextRuleSet = domain as ContextRuleSet;

/**
 * General plus peer-note rules, compiled once. Scopes are capped at 12 tokens because messages
 * often come without punctuation, so one "sentence" can hold several unrelated clauses.
 */
export const RISK_RULES: CompiledRules = compileRulesCapped(12, generalRuleSet, riskAssertionRuleSet);
