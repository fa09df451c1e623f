/**
 * Remembers, for this page load only, which participant was just enrolled, so their record opens
 * at the limits-of-confidentiality step with a word about why. Held in memory: nothing about a
 * participant goes into storage or the address.
 */
let justEnrolled: string | null = null;

export function markJustEnrolled(participantId: string): void {
  justEnrolled = participantId;
}

/** True once for the participant just enrolled; later visits show the step as usual. */
export function takeJustEnrolled(participantId: string): boolean {
  if (justEnrolled !== participantId) return false;
  justEnrolled = null;
  return true;
}
