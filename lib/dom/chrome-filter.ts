/**
 * What is not the article: site chrome that a reader would not call part of the story.
 * Judged per element from its tag, role and class/id words, so it works on unknown sites.
 */

/** Never article text: not rendered, or interactive/embedded machinery. */
const NEVER_TEXT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Page furniture by its tag: navigation, headers, footers, asides, captions, menus, forms. */
const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'MENU', 'FORM']);

const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar', 'dialog',
  'alertdialog', 'marquee', 'timer', 'tablist', 'form',
]);

/**
 * Class/id words that mark chrome. Matched as whole hyphen/underscore-separated words, so
 * "related-links" and "site_nav" hit but "navigator-story" or "commentary" do not.
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'header', 'masthead',
  'sidebar', 'rail', 'aside', 'related', 'recommended', 'recirculation', 'promo', 'promos', 'ad', 'ads',
  'advert', 'advertisement', 'sponsored', 'newsletter', 'subscribe', 'signup', 'paywall', 'share', 'sharing',
  'social', 'comments', 'comment', 'ticker', 'trending', 'popular', 'outbrain', 'taboola', 'caption',
  'credit', 'byline', 'tags', 'cookie', 'consent', 'modal', 'popup', 'toolbar', 'pullquote', 'pull',
  'see', 'also', 'more', 'readmore', 'disclaimer', 'author', 'bio', 'disqus', 'widget', 'widgets', 'promoted',
  'sign', 'most',
  // embedded social posts (before their script swaps in an iframe): the post is its author's own
  // statement, and what it quotes is theirs to quote, not the article's
  'twitter', 'tweet', 'instagram', 'tiktok',
]);

/** Two-word phrases that mark chrome only together ("see also", "pull quote", "read more"). */
const CHROME_PAIRS = [
  ['see', 'also'],
  ['pull', 'quote'],
  ['read', 'more'],
  ['more', 'stories'],
  ['most', 'read'],
  ['most', 'popular'],
  ['sign', 'up'],
];
/** Words in CHROME_WORDS that are only chrome as part of a pair. */
const PAIR_ONLY = new Set(['see', 'also', 'pull', 'more', 'read', 'sign', 'most']);

/** Our own nodes (hover card host) are never scanned. */
export const OWN_ATTRIBUTE = 'data-quotetrace-ui';

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase();
  if (!raw.trim()) return [];
  return raw.split(/[^a-z0-9]+/).filter(Boolean);
}

export function hasChromeWords(el: Element): boolean {
  const words = classWords(el);
  if (words.length === 0) return false;
  for (const w of words) if (CHROME_WORDS.has(w) && !PAIR_ONLY.has(w)) return true;
  for (const [a, b] of CHROME_PAIRS) {
    for (let i = 0; i + 1 < words.length; i++) if (words[i] === a && words[i + 1] === b) return true;
  }
  return words.includes('pullquote') || words.includes('readmore');
}

/** True for what is never read as text at all: scripts, media, form controls, hidden nodes, our own UI. */
export function isNeverText(el: Element): boolean {
  if (NEVER_TEXT_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_ATTRIBUTE)) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** Page furniture by tag or ARIA role (not by class name): navigation, banners, asides, captions. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return !!role && SKIP_ROLES.has(role);
}

/**
 * Structural chrome: never text, or furniture by tag/role. What an extracted article skips on
 * its own; class words are weighed by the extraction against the element's content instead.
 */
export function isStructuralChrome(el: Element): boolean {
  return isNeverText(el) || isFurniture(el);
}

/**
 * True when the element and everything inside it is not article text, judged by the element
 * alone (tag, role, class words). The default for callers without an extracted article.
 */
export function isChrome(el: Element): boolean {
  return isStructuralChrome(el) || hasChromeWords(el);
}

/** Class/id words that suggest the story's container (Readability's positive hints). */
const CONTENT_HINTS = ['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story'];

/**
 * A soft hint from class/id words, as Readability weighs them: -25 for chrome words, +25 for
 * content words, 0 for both or neither. Extraction adds it to a content score, so a container
 * named "share-buttons" that holds the story still wins on its text.
 */
export function classWeight(el: Element): number {
  let w = el.getAttribute('itemprop') === 'articleBody' ? 25 : 0;
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase();
  if (!raw.trim()) return w;
  if (hasChromeWords(el)) w -= 25;
  if (CONTENT_HINTS.some((h) => raw.includes(h))) w += 25;
  return w;
}

/**
 * Class words naming a stream of other content (comments, related or recommended stories):
 * such a block is left out of the story unless it holds the story's main text itself.
 */
const STREAM_WORDS = new Set([
  'comment', 'comments', 'disqus', 'related', 'recommended', 'recirculation', 'outbrain', 'taboola', 'trending',
  'popular', 'newsletter', 'sidebar', 'rail', 'footer', 'promo', 'promos', 'sponsored', 'promoted',
]);

export function namesStream(el: Element): boolean {
  return classWords(el).some((w) => STREAM_WORDS.has(w));
}
