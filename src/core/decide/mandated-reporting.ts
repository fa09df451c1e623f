import type { DisclosureFacts } from './facts.ts';

/**
 * Who must report abuse (disclosure-rules.md §8). The facts say it directly when they can
 * (`legal: mandated_report`, `program.peer_mandated_reporter`); these lists add the states where
 * every person is a reporter, so no profile can understate the duty there.
 */

/** States where any person must report child abuse (Child Welfare Information Gateway, May 2023). */
export const UNIVERSAL_CHILD_ABUSE_REPORTING: ReadonlySet<string> = new Set(['IN', 'NJ', 'NC', 'WY', 'PR']);

/**
 * States where any person must report elder or dependent-adult abuse, as named in the rules
 * document (Tex. Hum. Res. Code 48.051). NCEA/NAPSA count 15 such states; the organization's
 * profile carries the peer's status for the others.
 */
export const UNIVERSAL_ADULT_ABUSE_REPORTING: ReadonlySet<string> = new Set(['TX']);

function inState(list: ReadonlySet<string>, state: string | null | undefined): boolean {
  return !!state && list.has(state.trim().toUpperCase());
}

/**
 * The peer (or the agency by policy) must report child abuse. When the profile does not say,
 * the peer counts as a reporter: safer, and HIPAA permits the report anyway (§8).
 */
export function mustReportChildAbuse(f: DisclosureFacts): boolean {
  return (
    f.legal === 'mandated_report' ||
    f.program.peer_mandated_reporter !== false ||
    inState(UNIVERSAL_CHILD_ABUSE_REPORTING, f.program.state)
  );
}

/** The peer must report elder or dependent-adult abuse: statute in hand, profile, or universal state. */
export function mustReportAdultAbuse(f: DisclosureFacts): boolean {
  return (
    f.legal === 'mandated_report' ||
    f.program.peer_mandated_reporter === true ||
    inState(UNIVERSAL_ADULT_ABUSE_REPORTING, f.program.state)
  );
}

/** Domestic violence against a competent adult is reportable only where a statute requires it. */
export function mustReportDomesticViolence(f: DisclosureFacts): boolean {
  return f.legal === 'mandated_report';
}
