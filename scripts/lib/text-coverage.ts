/**
 * How much of an article a text extraction reads: paragraph-level recall (share of the gold
 * text's characters in paragraphs the extraction also holds) and precision (share of the
 * extraction's characters in paragraphs the gold text holds). Paragraphs are compared by a
 * normalised prefix, so small differences in white space, quote marks or a trailing caption do
 * not count as misses.
 */
const PREFIX = 60;

function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map(norm).filter((p) => p.length > 0);
}

export function textCoverage(gold: string, extracted: string): { recall: number; precision: number } {
  const g = paragraphs(gold);
  const e = paragraphs(extracted);
  const eAll = e.join('\n');
  const gAll = g.join('\n');
  const weigh = (ps: string[], other: string) => {
    let hit = 0;
    let total = 0;
    for (const p of ps) {
      total += p.length;
      if (other.includes(p.slice(0, PREFIX))) hit += p.length;
    }
    return total ? hit / total : 1;
  };
  return { recall: weigh(g, eAll), precision: weigh(e, gAll) };
}
