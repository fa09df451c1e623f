/**
 * Name tokens for the blind index: the same person is found whatever the case, accents or
 * punctuation ("José O'Neil" ≈ "jose oneil"). Only exact tokens match: a keyed index of prefixes
 * would tell a reader of the database much more about the names behind it.
 */
export function nameTokens(...names: readonly (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const folded = name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’`]/g, '');
    for (const t of folded.split(/[^\p{L}\p{N}]+/u)) if (t.length > 0) tokens.add(t);
  }
  return [...tokens];
}
