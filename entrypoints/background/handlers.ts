import { browser, type Browser } from 'wxt/browser';
import { buildPack, readPackStats } from '../../lib/db/pack';
import { importText } from '../../lib/db/import/index';
import { fail, ok, type BackgroundProtocol, type QuoteCandidate, type Result } from '../../lib/protocol/messages';
import type { MatchQuery } from '../../lib/types';
import type { QuoteRecord } from '../../lib/results/quote-record';
import { summarizeQuotes } from '../../lib/results/quote-record';
import { isShown } from '../../lib/results/shown';
import { getSettings } from '../../platform/settings';
import { storeTabResults } from '../../platform/tab-results';
import { listUserDatabases, removeUserDatabase, saveUserDatabase } from '../../platform/user-databases';
import { showBadge } from './badge';
import { addFeed, isFeed, refreshFeed, removeFeed, setFeedSchedule } from './feeds';
import { bundledInfo, getMatcher, getPublicMatcher, invalidateMatcher } from './database';
import { gateMessage, type GateIdentity } from './message-gate';
import { checkSelection } from './selection-check';
import { refreshOpenPages } from './tabs';

type Handler<K extends keyof BackgroundProtocol> = (
  payload: BackgroundProtocol[K]['req'],
  sender: Browser.runtime.MessageSender,
) => Promise<BackgroundProtocol[K]['res']>;

/** A page quote as the matcher's query: its attribution's confidence decides whether it may contradict a record. */
const pageQuery = (q: QuoteCandidate, date: string | null | undefined): MatchQuery => ({
  id: q.id, text: q.text, speaker: q.speaker, date, speakerConfidence: q.confidence, speakerNamed: q.evidence.named === true,
  nearbySpeakers: Array.isArray(q.evidence.others) ? q.evidence.others.filter((n): n is string => typeof n === 'string' && n.length <= 256) : [],
});

/** Errors kept per import in storage: enough to explain, bounded in size. */
const MAX_STORED_ERRORS = 50;

const handlers: { [K in keyof BackgroundProtocol]: Handler<K> } = {
  'page:quotes': async ({ url, title, date, quotes }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return fail('page:quotes must come from a tab');
    const [matcher, publicMatcher, settings] = await Promise.all([getMatcher(), getPublicMatcher(), getSettings()]);
    const opts = { strictness: settings.strictness };
    const matches = quotes.map((q) => matcher.match(pageQuery(q, date), opts));
    // A quote nothing knows is unmatched in the public database too: match again only the others.
    const pageStatuses = quotes.map((q, i) =>
      matches[i].status === 'unmatched' || !publicMatcher ? 'unmatched' : publicMatcher.match(pageQuery(q, date), opts).status,
    );
    const records: QuoteRecord[] = quotes.map((q, i) => ({ ...q, match: matches[i] })).filter(isShown);
    // The reply never waits on storage: a full or failing storage must not cost the page its
    // matches. Results are bounded per tab; a failed write is stored in words, for the popup.
    void storeTabResults({ tabId, url, title, updatedAt: Date.now(), quotes: records });
    void showBadge(tabId, summarizeQuotes(records));
    return ok({ matches, pageStatuses });
  },
  'db:search': async ({ query, limit }) => ok((await getMatcher()).search(query, { limit: limit ?? 20 })),
  'db:check': async ({ text, speaker }) => {
    const settings = await getSettings();
    return ok((await getMatcher()).match({ id: 'check', text, speaker }, { strictness: settings.strictness }));
  },
  'selection:check': async ({ text }) => {
    await checkSelection(text);
    return ok(null);
  },
  'db:info': async () => {
    const [bundled, user, matcher] = await Promise.all([bundledInfo(), listUserDatabases(), getMatcher()]);
    return ok({ bundled, user: user.map((u) => ({ ...u.info, stats: readPackStats(u.pack) })), total: matcher.size });
  },
  'db:import': async ({ fileName, text }) => {
    const report = importText(fileName, text);
    if (report.refused) return ok({ database: null, refused: report.refused });
    if (report.statements.length === 0) {
      const why = report.errors[0]?.message ?? 'the file holds no statements';
      return ok({ database: null, refused: `Nothing was imported: ${why}` });
    }
    const info = {
      id: `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      fileName,
      format: report.format,
      importedAt: Date.now(),
      count: report.statements.length,
      errors: report.errors.slice(0, MAX_STORED_ERRORS),
      errorCount: report.errors.length,
    };
    const pack = buildPack(report.statements, { sources: [fileName], name: fileName });
    await saveUserDatabase({ info, pack });
    invalidateMatcher();
    void refreshOpenPages();
    return ok({ database: info, refused: null });
  },
  'db:remove': async ({ id }) => {
    if (await isFeed(id)) {
      await removeFeed(id);
      return ok(null);
    }
    await removeUserDatabase(id);
    invalidateMatcher();
    void refreshOpenPages();
    return ok(null);
  },
  'feed:add': async ({ url, schedule }) => ok(await addFeed(url, schedule)),
  'feed:refresh': async ({ id }) => ok(await refreshFeed(id)),
  'feed:schedule': async ({ id, schedule }) => ok(await setFeedSchedule(id, schedule)),
  'feed:remove': async ({ id }) => {
    await removeFeed(id);
    return ok(null);
  },
};

/** This extension's identity, read when a message arrives (the worker may have just woken). */
export function runtimeIdentity(): GateIdentity {
  return { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/**
 * The single entry for runtime messages. Returns undefined for messages that are not ours so
 * other listeners (if any) can answer; every error becomes a failed Result, never a throw.
 */
export function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  identity: () => GateIdentity = runtimeIdentity,
): Promise<Result<unknown>> | undefined {
  const gate = gateMessage(raw, sender, identity());
  if (!gate) return undefined;
  if (!gate.pass) return Promise.resolve(gate.reply);
  const handler = handlers[gate.type] as Handler<typeof gate.type>;
  try {
    return handler(gate.payload as never, sender).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
  } catch (e) {
    return Promise.resolve(fail(e instanceof Error ? e.message : String(e)));
  }
}
