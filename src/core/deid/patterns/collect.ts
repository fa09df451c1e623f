import type { Candidate, SpanType } from '../types.ts';

/**
 * Pushes one candidate per match of `re` (a global regex built once at module load). When
 * `group` is given, only that capture group becomes the span (its offset found with the `d` flag).
 */
export function collect(
  out: Candidate[],
  text: string,
  re: RegExp,
  type: SpanType | ((m: RegExpExecArray) => SpanType | null),
  rank: number,
  group = 0,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const t = typeof type === 'function' ? type(m) : type;
    if (t === null) continue;
    const range: readonly [number, number] | undefined = group === 0 ? [m.index, m.index + m[0].length] : m.indices?.[group];
    if (!range) continue;
    out.push({ start: range[0], end: range[1], type: t, rank });
  }
}
