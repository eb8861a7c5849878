/**
 * What is not the article: site chrome that a reader would not call part of the story.
 * Judged per element from its tag, role and class/id words, so it works on unknown sites.
 */

/** Never article text: not rendered, or interactive/embedded machinery. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'MENU',
  'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK',
]);

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

/** True when the element and everything inside it is not article text. */
export function isChrome(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_ATTRIBUTE)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  return hasChromeWords(el);
}
