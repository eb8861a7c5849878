/**
 * Wraps a plain article (paragraphs separated by blank lines) in the chrome of a news site:
 * navigation, a ticker, byline and share bar, a photo caption, advertisements, "related"
 * links, a newsletter box, a pull quote repeating a quote of the article, a tweet embed with
 * a quotation of its own, a "most read" rail whose headlines carry scare quotes, a comment
 * thread and a footer. The layout is drawn from a seeded generator per article, so a run is
 * repeatable. Everything added is invented and generic (no corpus text): it measures what
 * chrome costs the page pipeline, the way a held-out score on rendered pages would.
 */

/** A small seeded generator (mulberry32), so each article gets the same page every run. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353), h = (h << 13) | (h >>> 19);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SECTIONS = ['Politics', 'World', 'Business', 'Opinion', 'Tech', 'Health', 'Sport', 'Culture', 'Video', 'Podcasts'];
const RAIL = [
  'Why the “quiet” budget fight matters more than it looks',
  'Storm leaves thousands without power across the coast',
  'The ‘forever’ chemicals in your kitchen, explained',
  'Five takeaways from the weekend’s matches',
  'Markets slip as investors weigh the “soft landing” bet',
  'Review: a “brilliant, baffling” new staging of an old opera',
  'How one town rebuilt its library after the flood',
  'What the new school calendar means for families',
];
const TWEETS = [
  { text: 'Grateful to everyone who came out tonight. “We keep going, together.” See you all next week!', who: 'Pat Rivera', handle: 'patrivera' },
  { text: 'Huge crowd in the rain today. Thank you for showing up — “this is what democracy looks like.”', who: 'Lee Okafor', handle: 'leeokafor' },
  { text: 'Our statement on today’s vote: “The work is not done, and we will not stop.”', who: 'Civic Action Now', handle: 'civicactionnow' },
];
const COMMENTS = [
  ['marathon_mike', 'Nobody seriously believes the “plan” adds up. Show me the numbers.'],
  ['JaneQ', 'Great reporting as always. Would love a follow-up on the costs.'],
  ['oldtimer52', 'I remember when they promised the same thing “by next spring.” Still waiting.'],
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

export interface ChromeOptions {
  title: string;
  /** Article paragraphs, in order. */
  paragraphs: string[];
  /** Quotes of the article (text only): one may be repeated as a pull quote. */
  quotes: string[];
  date?: string;
  seed: string;
}

/** A full HTML page: the article inside the chrome of a news site (layout varies with the seed). */
export function renderWithChrome(o: ChromeOptions): string {
  const rnd = seeded(o.seed);
  const body: string[] = [];
  const n = o.paragraphs.length;
  const adEvery = 3 + Math.floor(rnd() * 4);
  const relatedAt = Math.floor(n * (0.3 + rnd() * 0.3));
  const pullAt = Math.floor(n * (0.4 + rnd() * 0.3));
  const tweetAt = rnd() < 0.5 ? Math.floor(n * (0.5 + rnd() * 0.4)) : -1;
  const newsletterAt = rnd() < 0.5 ? Math.floor(n * 0.7) : -1;
  const pull = o.quotes.filter((q) => q.split(/\s+/).length >= 8 && q.length < 220);
  for (let i = 0; i < n; i++) {
    body.push(`<p>${esc(o.paragraphs[i])}</p>`);
    if (i > 0 && i % adEvery === 0) body.push('<div class="ad-slot" aria-hidden="true"><span class="ad-label">Advertisement</span><div class="ad-creative">Save 40% today on your first box</div></div>');
    if (i === relatedAt) body.push(`<p class="related"><strong>RELATED:</strong> <a href="/story/${i}">${esc(pick(rnd, RAIL))}</a></p>`);
    if (i === pullAt && pull.length > 0) body.push(`<aside class="pull-quote"><blockquote><p>“${esc(pick(rnd, pull))}”</p></blockquote></aside>`);
    if (i === tweetAt) {
      const t = pick(rnd, TWEETS);
      body.push(`<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${esc(t.text)}</p>— ${esc(t.who)} (@${t.handle}) <a href="https://twitter.com/${t.handle}/status/1">March 3, 2016</a></blockquote>`);
    }
    if (i === newsletterAt) body.push('<div class="newsletter"><h3>Get the morning briefing</h3><p>The day’s top stories, in your inbox every weekday.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>');
  }
  const nav = SECTIONS.slice(0, 5 + Math.floor(rnd() * 5)).map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const rail = RAIL.slice().sort(() => rnd() - 0.5).slice(0, 5).map((h, k) => `<li><span class="rank">${k + 1}</span><a href="/most-read/${k}">${esc(h)}</a></li>`).join('');
  const comments = rnd() < 0.6
    ? `<section class="comments"><h2>Comments (${COMMENTS.length})</h2>${COMMENTS.map(([u, c]) => `<div class="comment"><span class="user">${esc(u)}</span><p>${esc(c)}</p></div>`).join('')}</section>`
    : '';
  const caption = rnd() < 0.7 ? '<figure><img src="/photo.jpg" alt=""><figcaption>Supporters gather outside the venue on Tuesday. (Photo: Staff photographer/Wire service)</figcaption></figure>' : '';
  const date = o.date ?? '2016-03-01';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(o.title)} | The Daily Example</title>
<meta property="article:published_time" content="${date}T09:00:00Z"></head><body>
<header class="site-header"><a class="logo" href="/">The Daily Example</a><nav><ul>${nav}</ul></nav><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>
<div class="ticker"><strong>Live:</strong> <a href="/live">Election night updates as results come in</a></div>
<main><article><header><h1>${esc(o.title)}</h1><p class="byline">By <a href="/staff/a">Alex Morgan</a> and <a href="/staff/b">Sam Lee</a> · <time datetime="${date}">${date}</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a> <span>142 comments</span></div></header>
${caption}<div class="article-body">${body.join('\n')}</div>
<footer class="article-footer"><p>Alex Morgan covers politics for The Daily Example. Follow her on Twitter.</p><p class="tags">Topics: <a href="/t/1">Elections</a> <a href="/t/2">Congress</a></p></footer></article>
<aside class="rail"><h2>Most read</h2><ol>${rail}</ol></aside>${comments}</main>
<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul><p>© 2016 The Daily Example. All rights reserved.</p></footer>
</body></html>`;
}
