import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

/**
 * Reading the card the way the user sees it, although its shadow root is closed to the page: the
 * browsers' automation protocols can reach closed shadow roots (CDP in Chromium, WebDriver BiDi in
 * Firefox). The page itself cannot, which is what attack-cases.ts checks.
 */
const HOST = '[data-quotetrace-ui="card"], quotetrace-card';
const READ = `function (what) {
  var card = this.querySelector('.qt-card');
  if (!card || card.offsetParent === null) return what === 'links' ? [] : '';
  if (what === 'html') return this.innerHTML;
  if (what === 'open') { Array.prototype.forEach.call(card.querySelectorAll('details'), function (d) { d.open = true; }); return card.innerText; }
  if (what === 'elements') return String(card.getElementsByTagName('img').length + card.getElementsByTagName('script').length);
  if (what === 'box') { var r = this.querySelector('.qt-hover').getBoundingClientRect(); return JSON.stringify({ x: r.x, y: r.y, width: r.width, height: r.height }); }
  if (what === 'links') return Array.prototype.map.call(this.querySelectorAll('a[href]'), function (a) { return a.getAttribute('href'); });
  return card.innerText;
}`;

/** What to read; 'open' first opens the card's disclosures (as a reader's click would) for a screenshot. */
export type CardRead = 'text' | 'links' | 'box' | 'elements' | 'html' | 'open';

type CdpNode = { nodeName?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[]; backendNodeId: number; localName?: string };

export async function chromiumCard(page: PwPage, what: CardRead): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const isHost = (n: CdpNode) => n.localName === 'quotetrace-card' || (n.attributes ?? []).join('\u0000').includes('data-quotetrace-ui\u0000card');
    const find = (n: CdpNode): CdpNode | null => {
      if (isHost(n) && n.shadowRoots?.length) return n;
      for (const c of n.children ?? []) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root);
    if (!host) return what === 'links' ? [] : '';
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: host.shadowRoots![0].backendNodeId })) as { object: { objectId: string } };
    const r = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: READ, arguments: [{ value: what }], returnByValue: true })) as { result: { value: unknown } };
    return r.result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function firefoxCard(page: PpPage, what: CardRead): Promise<unknown> {
  const host = await page.$(HOST);
  if (!host) return what === 'links' ? [] : '';
  const rv = (host as unknown as { remoteValue(): { value?: { shadowRoot?: { sharedId: string } | null } } }).remoteValue();
  const shadow = rv.value?.shadowRoot;
  if (!shadow) return what === 'links' ? [] : '';
  const realm = (host as unknown as { realm: { realm: { callFunction(fn: string, awaitPromise: boolean, o: object): Promise<{ result: { type: string; value?: unknown } }> } } }).realm.realm;
  const fn = `(root, what) => (${READ}).call(root, what)`;
  const { result } = await realm.callFunction(fn, true, { arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: what }] });
  if (result.type === 'array') return (result.value as { value: string }[]).map((v) => v.value);
  return result.value ?? '';
}
