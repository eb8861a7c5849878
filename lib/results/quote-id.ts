/**
 * Quote ids stable across rescans of the same page: a hash of the quote's words plus which
 * occurrence of those words it is. Letters, digits and hyphens only (safe in selectors).
 */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function makeQuoteIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const key = t.toLowerCase().replace(/\s+/g, ' ').trim();
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `q-${fnv1a(key)}-${n}`;
  });
}
