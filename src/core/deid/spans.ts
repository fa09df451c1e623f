import type { Candidate, DeidSpan } from './types.ts';

/**
 * Resolves the layers' candidates into non-overlapping spans: overlapping or touching-by-overlap
 * candidates merge into one span covering all of them (recall first), typed by the
 * highest-ranked candidate inside.
 */
export function mergeCandidates(candidates: readonly Candidate[], text: string): DeidSpan[] {
  const textLength = text.length;
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
  return joinAddressPieces(spans, text);
}

/**
 * Places next to each other with only a comma or a line break between are one address
 * ("Rue Gafsa Apt. 981\nToronto\n, ON\n 82269"), so the gap goes too.
 */
function joinAddressPieces(spans: readonly DeidSpan[], text: string): DeidSpan[] {
  const out: DeidSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.type === 'LOCATION' && s.type === 'LOCATION' && s.start - last.end <= 4 && /^[ \t]*[,\n]?[ \t\n]*$/.test(text.slice(last.end, s.start))) {
      out[out.length - 1] = { start: last.start, end: s.end, type: 'LOCATION' };
    } else out.push(s);
  }
  return out;
}
