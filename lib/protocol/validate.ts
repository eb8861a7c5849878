import type { BackgroundMessageType, ContentMessageType, Envelope } from './messages';

/**
 * Shape and size checks for every incoming message. Messages from content scripts are untrusted:
 * a compromised page could make one send anything.
 */

export const MAX_QUOTES_PER_MESSAGE = 5_000;
export const MAX_QUOTE_CHARS = 5_000;
export const MAX_SHORT_STRING = 2_048;
/** Imports go through the options page; 64 MiB of text is well past any real statement file. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

const BACKGROUND_TYPES: readonly BackgroundMessageType[] = [
  'page:quotes',
  'db:search',
  'db:info',
  'db:import',
  'db:remove',
  'db:check',
  'selection:check',
  'feed:add',
  'feed:refresh',
  'feed:schedule',
  'feed:remove',
];
const CONTENT_TYPES: readonly ContentMessageType[] = ['quote:focus', 'page:rescan', 'page:settled'];

/** Only these may come from a content script; the rest need an extension page. */
export const CONTENT_SCRIPT_ALLOWED: ReadonlySet<BackgroundMessageType> = new Set(['page:quotes']);

type Check = (p: Record<string, unknown>) => string | null;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || str(v, max);

function checkQuote(q: unknown, i: number): string | null {
  if (!isObj(q)) return `quotes[${i}] is not an object`;
  if (!str(q.id, 128) || !str(q.text, MAX_QUOTE_CHARS)) return `quotes[${i}] has a bad id or text`;
  if (!strOrNull(q.speaker, 512) || !strOrNull(q.cue, 256)) return `quotes[${i}] has a bad speaker or cue`;
  if (typeof q.confidence !== 'number' || !(q.confidence >= 0 && q.confidence <= 1)) return `quotes[${i}] has a bad confidence`;
  if (!['direct', 'partial', 'block'].includes(q.kind as string)) return `quotes[${i}] has a bad kind`;
  if (!isObj(q.evidence)) return `quotes[${i}] has no evidence`;
  if (q.context !== undefined && !strOrNull(q.context, 512)) return `quotes[${i}] has a bad context`;
  return null;
}

const SCHEDULES = new Set<unknown>(['off', 'daily', 'weekly']);
const feedId = (v: unknown) => str(v, 128) && (v as string).length > 0;

const CHECKS: Record<BackgroundMessageType, Check> = {
  'page:quotes': (p) => {
    if (!str(p.url, MAX_SHORT_STRING) || !str(p.title, MAX_SHORT_STRING)) return 'bad url or title';
    if (p.date !== undefined && p.date !== null && !(typeof p.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.date))) return 'bad date';
    if (!Array.isArray(p.quotes) || p.quotes.length > MAX_QUOTES_PER_MESSAGE) return 'quotes must be an array of at most 5000';
    for (let i = 0; i < p.quotes.length; i++) {
      const e = checkQuote(p.quotes[i], i);
      if (e) return e;
    }
    return null;
  },
  'db:search': (p) =>
    str(p.query, MAX_QUOTE_CHARS) && (p.limit === undefined || (Number.isInteger(p.limit) && (p.limit as number) > 0 && (p.limit as number) <= 200))
      ? null
      : 'bad query or limit',
  'db:info': () => null,
  'db:import': (p) =>
    str(p.fileName, 512) && str(p.text, MAX_IMPORT_CHARS) ? null : 'bad file name or text (too large?)',
  'db:remove': (p) => (str(p.id, 128) ? null : 'bad id'),
  'db:check': (p) => (str(p.text, MAX_QUOTE_CHARS) && strOrNull(p.speaker, 512) ? null : 'bad text or speaker'),
  'selection:check': (p) => (str(p.text, MAX_QUOTE_CHARS) && (p.text as string).trim().length > 0 ? null : 'bad or empty text'),
  'feed:add': (p) => (str(p.url, MAX_SHORT_STRING) && SCHEDULES.has(p.schedule) ? null : 'bad url or schedule'),
  'feed:refresh': (p) => (feedId(p.id) ? null : 'bad id'),
  'feed:schedule': (p) => (feedId(p.id) && SCHEDULES.has(p.schedule) ? null : 'bad id or schedule'),
  'feed:remove': (p) => (feedId(p.id) ? null : 'bad id'),
};

export type Parsed<K extends string> = { ok: true; message: Envelope<K, Record<string, unknown>> } | { ok: false; error: string };

type Env = { type: string; payload: Record<string, unknown> };

/** null: not our message at all; 'malformed': ours (qt: 1) but not an envelope. */
function parseEnvelope(raw: unknown): Env | null | 'malformed' {
  if (!isObj(raw) || raw.qt !== 1) return null;
  if (typeof raw.type !== 'string' || !isObj(raw.payload)) return 'malformed';
  return { type: raw.type, payload: raw.payload };
}

/** Returns null for messages that are not ours (so other listeners may answer them). */
export function parseBackgroundMessage(raw: unknown): Parsed<BackgroundMessageType> | null {
  const env = parseEnvelope(raw);
  if (!env) return null;
  if (env === 'malformed') return { ok: false, error: 'malformed message' };
  if (!(BACKGROUND_TYPES as readonly string[]).includes(env.type)) return { ok: false, error: `unknown message type` };
  const type = env.type as BackgroundMessageType;
  const error = CHECKS[type](env.payload);
  return error ? { ok: false, error: `${type}: ${error}` } : { ok: true, message: { qt: 1, type, payload: env.payload } };
}

export function parseContentMessage(raw: unknown): Parsed<ContentMessageType> | null {
  const env = parseEnvelope(raw);
  if (!env) return null;
  if (env === 'malformed') return { ok: false, error: 'malformed message' };
  if (!(CONTENT_TYPES as readonly string[]).includes(env.type)) return { ok: false, error: 'unknown message type' };
  const type = env.type as ContentMessageType;
  if (type === 'quote:focus' && !str(env.payload.id, 128)) return { ok: false, error: 'quote:focus: bad id' };
  return { ok: true, message: { qt: 1, type, payload: env.payload } };
}
