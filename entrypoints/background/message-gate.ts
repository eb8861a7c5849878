import { fail, type BackgroundMessageType, type Result } from '../../lib/protocol/messages';
import { CONTENT_SCRIPT_ALLOWED, parseBackgroundMessage } from '../../lib/protocol/validate';

/**
 * Who may ask what. Every runtime message passes here before a handler sees it: it must be ours
 * (the envelope), well-formed and within size (lib/protocol/validate.ts), from this extension, and
 * anything but page:quotes must come from one of the extension's own pages, never from a content
 * script (which a hostile page could drive). Pure: the runtime id and origin are passed in, so
 * node tests can throw anything at it.
 */

export interface GateIdentity {
  /** browser.runtime.id */
  runtimeId: string;
  /**
   * Base of the extension's own pages, without the trailing slash: chrome-extension://<id> or
   * moz-extension://<uuid>. Compared as a prefix: URL.origin is "null" for these schemes in some
   * engines, and "null" must never match a data: or javascript: sender.
   */
  extensionOrigin: string;
}

/** The parts of runtime.MessageSender the gate reads. */
export interface GateSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type GateOutcome =
  | { pass: true; type: BackgroundMessageType; payload: Record<string, unknown> }
  | { pass: false; reply: Result<never> };

function isOwnPage(url: unknown, base: string): boolean {
  return typeof url === 'string' && base.length > 0 && url.startsWith(`${base}/`);
}

/** null: not our message (another listener may answer it). Never throws. */
export function gateMessage(raw: unknown, sender: GateSender, me: GateIdentity): GateOutcome | null {
  let parsed: ReturnType<typeof parseBackgroundMessage>;
  try {
    parsed = parseBackgroundMessage(raw);
  } catch {
    return { pass: false, reply: fail('malformed message') };
  }
  if (!parsed) return null;
  if (!parsed.ok) return { pass: false, reply: fail(parsed.error) };
  if (!sender || sender.id !== me.runtimeId) return { pass: false, reply: fail('unknown sender') };
  const { type, payload } = parsed.message;
  const fromOwnPage = isOwnPage(sender.url, me.extensionOrigin);
  if (!CONTENT_SCRIPT_ALLOWED.has(type) && !fromOwnPage) {
    return { pass: false, reply: fail(`${type} is only accepted from QuoteTrace's own pages`) };
  }
  if (type === 'page:quotes' && typeof sender.tab?.id !== 'number') return { pass: false, reply: fail('page:quotes must come from a tab') };
  return { pass: true, type, payload };
}
