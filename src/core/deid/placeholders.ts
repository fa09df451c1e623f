import type { DeidSpan } from './types.ts';

/** Replaces each span of the original text by the placeholder `label` gives it. */
export function render(text: string, spans: readonly DeidSpan[], label: (span: DeidSpan, index: number) => string): string {
  let out = '';
  let at = 0;
  spans.forEach((s, i) => {
    out += text.slice(at, s.start) + label(s, i);
    at = s.end;
  });
  return out + text.slice(at);
}

/** `[NAME]`, `[DATE]`, ... — the contract's plain placeholders. */
export function typeLabel(span: DeidSpan): string {
  return `[${span.type}]`;
}

/**
 * Numbered placeholders, consistent within one note: every mention of the same person becomes
 * the same `[PERSON-n]` (a mention sharing a word with an earlier one — "Rosa" after "Rosa
 * Delgado" — is the same person), places `[LOCATION-n]`; other types stay plain.
 */
export function numberedLabels(text: string, spans: readonly DeidSpan[]): (span: DeidSpan, index: number) => string {
  const labels: string[] = [];
  const seen: Record<'NAME' | 'LOCATION', { words: Set<string>; n: number }[]> = { NAME: [], LOCATION: [] };
  for (const s of spans) {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') {
      labels.push(`[${s.type}]`);
      continue;
    }
    const words = new Set(
      text
        .slice(s.start, s.end)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    );
    const list = seen[s.type];
    let entry = list.find((e) => [...words].some((w) => e.words.has(w)));
    if (!entry) {
      entry = { words: new Set(), n: list.length + 1 };
      list.push(entry);
    }
    for (const w of words) entry.words.add(w);
    labels.push(`[${s.type === 'NAME' ? 'PERSON' : 'LOCATION'}-${entry.n}]`);
  }
  return (_span, index) => labels[index] ?? '[ID]';
}
