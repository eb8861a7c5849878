import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

// handleMessage's module reaches storage and the runtime at import; none of it may be touched by
// a refused message, so stubs that throw prove the gate stopped it first.
const { untouchable } = vi.hoisted(() => ({
  untouchable: () => {
    throw new Error('a refused message reached a handler');
  },
}));
vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('../../../platform/settings', () => ({ getSettings: untouchable }));
vi.mock('../../../platform/tab-results', () => ({ setTabResults: untouchable }));
vi.mock('../../../platform/user-databases', () => ({ listUserDatabases: untouchable, removeUserDatabase: untouchable, saveUserDatabase: untouchable }));
vi.mock('../../../platform/pending-check', () => ({ setPendingCheck: untouchable }));
import { gateMessage, type GateIdentity, type GateSender } from '../../../entrypoints/background/message-gate';
import { handleMessage } from '../../../entrypoints/background/handlers';
import { MAX_QUOTE_CHARS, MAX_QUOTES_PER_MESSAGE } from '../../../lib/protocol/validate';

/** Hostile messages and senders against the background's gate (and handleMessage through it). */

const ME: GateIdentity = { runtimeId: 'quotetrace-id', extensionOrigin: 'chrome-extension://quotetrace-id' };
const OWN_PAGE: GateSender = { id: ME.runtimeId, url: 'chrome-extension://quotetrace-id/options.html' };
const CONTENT: GateSender = { id: ME.runtimeId, url: 'https://news.example/story', tab: { id: 7 } };
const OTHER_EXTENSION: GateSender = { id: 'evil-extension', url: 'chrome-extension://evil-extension/bg.html' };
const PRIVILEGED = ['db:import', 'db:remove', 'db:search', 'db:info', 'db:check', 'selection:check'] as const;

const quote = (over: Record<string, unknown> = {}) => ({
  id: 'q-1-0', text: 'We will win', kind: 'direct', speaker: 'Ann Lee', confidence: 0.9, cue: 'said',
  evidence: { cue: 'said', mention: 'Ann Lee', method: 'name' }, context: null, ...over,
});
const msg = (type: string, payload: unknown) => ({ qt: 1, type, payload });

const payloads: Record<(typeof PRIVILEGED)[number], unknown> = {
  'db:import': { fileName: 'x.jsonl', text: '{"text":"a","speaker":"b"}' },
  'db:remove': { id: 'user-1' },
  'db:search': { query: 'win' },
  'db:info': {},
  'db:check': { text: 'We will win', speaker: null },
  'selection:check': { text: 'We will win' },
};

describe('background message gate', () => {
  test('a content script can only send page:quotes; import, remove, search, info and check are refused', () => {
    for (const type of PRIVILEGED) {
      const out = gateMessage(msg(type, payloads[type]), CONTENT, ME);
      expect(out, type).toEqual({ pass: false, reply: { ok: false, error: `${type} is only accepted from QuoteTrace's own pages` } });
      expect(gateMessage(msg(type, payloads[type]), OWN_PAGE, ME)?.pass, type).toBe(true);
    }
    expect(gateMessage(msg('page:quotes', { url: 'u', title: 't', quotes: [quote()] }), CONTENT, ME)?.pass).toBe(true);
  });

  test('other extensions, missing senders, forged page URLs and tab-less page:quotes are refused', () => {
    const quotes = msg('page:quotes', { url: 'u', title: 't', quotes: [] });
    expect(gateMessage(quotes, OTHER_EXTENSION, ME)).toEqual({ pass: false, reply: { ok: false, error: 'unknown sender' } });
    expect(gateMessage(quotes, {}, ME)?.pass).toBe(false);
    expect(gateMessage(quotes, null as unknown as GateSender, ME)?.pass).toBe(false);
    expect(gateMessage(quotes, OWN_PAGE, ME)).toEqual({ pass: false, reply: { ok: false, error: 'page:quotes must come from a tab' } });
    // A page whose URL merely mentions the extension is not the extension's page.
    for (const url of ['https://evil.example/chrome-extension://quotetrace-id/', 'chrome-extension://quotetrace-id.evil/', 'not a url', 'javascript:alert(1)']) {
      expect(gateMessage(msg('db:import', payloads['db:import']), { id: ME.runtimeId, url, tab: { id: 1 } }, ME)?.pass, url).toBe(false);
    }
  });

  test('oversized and malformed payloads are refused with a reason, never thrown', () => {
    const big = 'x'.repeat(MAX_QUOTE_CHARS + 1);
    const cases: unknown[] = [
      msg('page:quotes', { url: 'u', title: 't', quotes: [quote({ text: big })] }),
      msg('page:quotes', { url: 'u', title: 't', quotes: Array.from({ length: MAX_QUOTES_PER_MESSAGE + 1 }, () => quote()) }),
      msg('page:quotes', { url: 'x'.repeat(3000), title: 't', quotes: [] }),
      msg('page:quotes', { url: 'u', title: 't', quotes: [quote({ confidence: Number.NaN })] }),
      msg('page:quotes', { url: 'u', title: 't', quotes: [quote({ kind: '<script>' })] }),
      msg('page:quotes', { url: 'u', title: 't', quotes: 'all of them' }),
      msg('fetch', { url: 'https://evil.example' }),
      msg('__proto__', {}),
      msg('constructor', {}),
      { qt: 1, type: 'page:quotes' },
      { qt: 1, type: 'page:quotes', payload: [] },
    ];
    for (const c of cases) {
      const out = gateMessage(c, CONTENT, ME);
      expect(out?.pass).toBe(false);
      expect(out && !out.pass && out.reply.ok).toBe(false);
    }
  });

  test('a getter that throws inside a payload does not escape', () => {
    const evil = { qt: 1, type: 'page:quotes', payload: { get url(): string { throw new Error('boom'); }, title: 't', quotes: [] } };
    expect(() => gateMessage(evil, CONTENT, ME)).not.toThrow();
    expect(gateMessage(evil, CONTENT, ME)?.pass).toBe(false);
  });

  test('property: any JSON value from any sender is ignored or answered, never thrown, never privileged from a content script', () => {
    const sender = fc.oneof(
      fc.constant(CONTENT),
      fc.constant(OWN_PAGE),
      fc.constant(OTHER_EXTENSION),
      fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }), tab: fc.option(fc.record({ id: fc.integer() }), { nil: undefined }) }),
    );
    const type = fc.oneof(fc.constantFrom('page:quotes', ...PRIVILEGED), fc.string({ maxLength: 12 }));
    const message = fc.oneof(
      fc.jsonValue(),
      fc.record({ qt: fc.constantFrom(1, '1', 2), type, payload: fc.jsonValue() }),
      fc.record({ qt: fc.constant(1), type, payload: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue()) }),
    );
    fc.assert(
      fc.property(message, sender, (m, s) => {
        const out = gateMessage(m, s as GateSender, ME);
        if (out?.pass) {
          expect(s.id).toBe(ME.runtimeId);
          if (out.type !== 'page:quotes') expect(s.url?.startsWith(`${ME.extensionOrigin}/`)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test('handleMessage answers refused messages without running a handler', async () => {
    const identity = () => ME;
    await expect(handleMessage(msg('db:import', payloads['db:import']), CONTENT as never, identity)).resolves.toEqual({
      ok: false,
      error: "db:import is only accepted from QuoteTrace's own pages",
    });
    await expect(handleMessage(msg('db:remove', { id: 'x' }), OTHER_EXTENSION as never, identity)).resolves.toEqual({ ok: false, error: 'unknown sender' });
    expect(handleMessage({ hello: 'world' }, CONTENT as never, identity)).toBeUndefined();
  });
});
