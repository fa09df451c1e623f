import type { Candidate, DeidSpan } from './types.ts';

/**
 * Resolves the layers' candidates into non-overlapping spans: overlapping or touching-by-overlap
 * candidates merge into one span covering all of them (recall first), typed by the
 * highest-ranked candidate inside.
 */
export function mergeCandidates(candidates: readonly Candidate[], textLength: number): DeidSpan[] {
  const sorted = candidates
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: DeidSpan[] = [];
  let cur: { start: number; end: number; best: Candidate } | null = null;
  for (const c of sorted) {
    if (cur && c.start < cur.end) {
      cur.end = Math.max(cur.end, c.end);
      if (c.rank > cur.best.rank || (c.rank === cur.best.rank && c.end - c.start > cur.best.end - cur.best.start)) cur.best = c;
      continue;
    }
    if (cur) spans.push({ start: cur.start, end: cur.end, type: cur.best.type });
    cur = { start: c.start, end: c.end, best: c };
  }
  if (cur) spans.push({ start: cur.start, end: cur.end, type: cur.best.type });
  return spans;
}
