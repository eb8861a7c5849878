/** Field cleaning shared by the schema and the importers: text only, http(s) links only. */

const ENTITIES = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', hellip: '…', mdash: '—', ndash: '–',
}));

/** Decodes the common HTML entities (named, decimal, hex); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES.get(body.toLowerCase()) ?? m;
  });
}

/** A tag, or what a browser would drop as one ("</>", "</ x>"): the same set the importers' property test refuses. */
const TAG_RE = /<[a-z!/][^>]{0,2000}>/gi;

/** Strips HTML tags (and script/style bodies) to plain text; never returns markup. */
export function stripTags(s: string): string {
  if (!/[<&]/.test(s)) return s;
  // Tag bodies are bounded ({0,2000}) so text full of unclosed "<a" stays linear.
  const noBlocks = s.replace(/<(script|style)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi, ' ');
  const text = decodeEntities(noBlocks.replace(TAG_RE, ' '));
  // An entity could decode into a "<tag>" again; remove any angle-bracketed markup left.
  return text.replace(TAG_RE, ' ');
}

/** Collapses whitespace and control characters, trims. */
export function cleanText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Returns the URL when it is absolute http(s), else null (javascript:, data:, relative...). */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
