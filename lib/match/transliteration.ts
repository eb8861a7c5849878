/**
 * Spellings of Russian and Ukrainian names in English differ by romanisation system (BGN, ALA-LC,
 * passport, press style): Sergei/Sergey, Dmitry/Dmitri, Zelensky/Zelenskyy, Alexei/Aleksey.
 * These rules generate the usual variants of one written name, so a record spelt one way is found
 * by a page that spells it another. Variants are generated word by word, one rule family at a time.
 */

/** Ending rewrites: each group's members are the same ending in different systems. */
const ENDING_GROUPS: string[][] = [
  ['sky', 'skyy', 'skiy', 'skyi', 'ski'], // Zelensky, Zelenskyy, Zelenskiy
  ['ei', 'ey', 'ej'], // Sergei, Sergey, Sergej; Alexei, Alexey
  ['ii', 'iy', 'y', 'i'], // Yurii, Yuriy, Yury, Yuri; Dmitry, Dmitri, Dmitriy
  ['yeva', 'eva'],
];

/** Letter clusters that alternate inside a word. */
const INNER_PAIRS: [string, string][] = [
  ['ks', 'x'], // Aleksandr, Alexandr
  ['iy', 'y'],
  ['yu', 'iu'], // Yuri, Iuri
  ['ya', 'ia'], // Yanukovych, Ianukovych
  ['zh', 'j'],
  ['oy', 'oi'], // Shoygu, Shoigu
  ['oi', 'oy'],
  ['x', 'ks'],
  ['kh', 'h'], // Kharkiv, Harkiv (rare for names, kept for surnames like Khodorkovsky)
  ['ye', 'e'], // Yevgeny, Evgeny
];

/** Given names whose anglicised and transliterated forms are both common. */
const GIVEN_FORMS: string[][] = [
  ['alexander', 'aleksandr', 'alexandr'], ['alexei', 'aleksei', 'alexey', 'aleksey'],
  ['yevgeny', 'evgeny', 'yevgeniy', 'evgeniy'], ['yury', 'yuri', 'yuriy', 'iurii'],
  ['mikhail', 'michael'], ['pyotr', 'petr', 'peter'], ['fyodor', 'fedor'], ['nikolai', 'nikolay'],
  ['andrei', 'andrey'], ['valery', 'valeriy', 'valeri'], ['anatoly', 'anatoliy', 'anatoli'],
  ['volodymyr', 'volodimir'],
];

function casedLike(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Variants of one lowercased word (the word itself included). */
export function wordVariants(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set([w]);
  for (const g of GIVEN_FORMS) if (g.includes(w)) g.forEach((x) => out.add(x));
  // The first group whose ending the word has; longest ending first ("zelenskyy" is "-skyy").
  for (const g of ENDING_GROUPS) {
    const hit = [...g].sort((a, b) => b.length - a.length).find((e) => w.endsWith(e) && w.length > e.length + 2);
    if (hit) { for (const e of g) out.add(w.slice(0, -hit.length) + e); break; }
  }
  for (const [a, b] of INNER_PAIRS) {
    for (const x of [...out]) {
      const i = x.indexOf(a, 1);
      if (i > 0) out.add(x.slice(0, i) + b + x.slice(i + a.length));
    }
  }
  return [...out];
}

/** Maximum variants of a full name returned (word variants multiply). */
const MAX_NAME_VARIANTS = 24;

/**
 * Spelling variants of a full name, the name itself first: "Sergey Lavrov" gives "Sergei Lavrov",
 * "Sergej Lavrov"...; "Volodymyr Zelenskyy" gives "Volodymyr Zelensky", "Vladimir Zelensky"...
 */
export function nameVariants(name: string): string[] {
  const words = name.trim().split(/\s+/);
  let acc: string[] = [''];
  for (const w of words) {
    const vs = /^[\p{L}-]+$/u.test(w) && w.length > 2 ? wordVariants(w).map((v) => casedLike(w, v)) : [w];
    // The word as written first, so the first combination is the name itself.
    vs.sort((a, b) => (a === w ? -1 : b === w ? 1 : 0));
    const next: string[] = [];
    for (const a of acc) for (const v of vs) { next.push(a ? `${a} ${v}` : v); if (next.length >= MAX_NAME_VARIANTS * 4) break; }
    acc = next;
  }
  return [...new Set(acc)].slice(0, MAX_NAME_VARIANTS);
}
