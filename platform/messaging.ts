import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, Result } from '../lib/protocol/messages';

/** Typed request to the background. Rejections (worker waking, no receiver) become a failed Result. */
export async function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: BackgroundProtocol[K]['req'],
): Promise<BackgroundProtocol[K]['res']> {
  try {
    const reply = (await browser.runtime.sendMessage({ qt: 1, type, payload })) as BackgroundProtocol[K]['res'] | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Typed command to a tab's content script. */
export async function askTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K]['req'],
): Promise<ContentProtocol[K]['res'] | Result<never>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { qt: 1, type, payload })) as ContentProtocol[K]['res'] | undefined;
    return reply ?? { ok: false, error: 'QuoteTrace is not running on this page' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
