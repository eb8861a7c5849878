import { browser } from 'wxt/browser';
import { buildPack } from '../../lib/db/pack';
import { feedPattern, parseFeedUrl, patternsToRelease } from '../../lib/feeds/address';
import { readCapped } from '../../lib/feeds/body';
import { feedFileName, judgeDownload } from '../../lib/feeds/judge';
import { conditionalHeaders, FEED_REQUEST_INIT, validatorsOf } from '../../lib/feeds/request';
import { alarmMatches, alarmName, feedIdOfAlarm, planAlarm } from '../../lib/feeds/schedule';
import type { Feed, FeedSchedule } from '../../lib/feeds/types';
import { listFeeds, saveFeeds } from '../../platform/feeds';
import { removeUserDatabase, saveUserDatabase } from '../../platform/user-databases';
import { invalidateMatcher } from './database';
import { releasableForFeeds } from './site-access';
import { refreshOpenPages } from './tabs';

/**
 * Packs from a URL: the download, the check, the atomic replace, the alarms and the origin
 * permission. Pure decisions live in lib/feeds; this file only does what needs the browser.
 */

/** A download that takes longer than this is abandoned (and the last good version kept). */
const DOWNLOAD_TIMEOUT_MS = 120_000;
/** Errors kept per stored version, as for file imports. */
const MAX_STORED_ERRORS = 50;

// One change at a time: an alarm and a "Check now" must not interleave their writes.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => {});
  return run;
}

async function updateFeed(id: string, patch: Partial<Feed>): Promise<Feed> {
  const feeds = await listFeeds();
  const i = feeds.findIndex((f) => f.id === id);
  if (i < 0) throw new Error('no such feed');
  feeds[i] = { ...feeds[i], ...patch };
  await saveFeeds(feeds);
  return feeds[i];
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

type CheckResult = { kind: 'stored' | 'unchanged'; patch: Partial<Feed> } | { kind: 'failed'; error: string };

/**
 * One check: the conditional GET, then either nothing (304), or the downloaded file checked in
 * full and written in one IndexedDB put, or an error with nothing changed.
 */
async function check(feed: Feed): Promise<CheckResult> {
  const granted = await browser.permissions.contains({ origins: [feedPattern(feed.url)] }).catch(() => false);
  if (!granted) return { kind: 'failed', error: `QuoteTrace no longer has permission to download from ${new URL(feed.url).host}; remove the pack and add it again` };
  let res: Response;
  try {
    res = await fetch(feed.url, { ...FEED_REQUEST_INIT, headers: conditionalHeaders(feed), signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (e) {
    return { kind: 'failed', error: `the download failed (${message(e)})` };
  }
  const validators = validatorsOf(res.headers);
  if (res.status === 304) {
    if (feed.count === 0) return { kind: 'failed', error: 'the server answered 304 Not Modified to a request for the whole file' };
    return { kind: 'unchanged', patch: { etag: validators.etag ?? feed.etag, lastModified: validators.lastModified ?? feed.lastModified } };
  }
  if (res.status !== 200) {
    void res.body?.cancel().catch(() => {});
    return { kind: 'failed', error: `the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
  }
  const body = await readCapped(res);
  if (!body.ok) return { kind: 'failed', error: body.error };
  const type = res.headers.get('content-type');
  const judged = judgeDownload(body.bytes, feedFileName(feed.url, type), type);
  if (!judged.ok) return { kind: 'failed', error: judged.error };
  const { report } = judged;
  const now = Date.now();
  const pack = buildPack(report.statements, { sources: [feed.url], name: feed.url });
  await saveUserDatabase({
    info: {
      id: feed.id,
      fileName: feed.url,
      format: report.format,
      importedAt: now,
      count: report.statements.length,
      errors: report.errors.slice(0, MAX_STORED_ERRORS),
      errorCount: report.errors.length,
      feedUrl: feed.url,
    },
    pack,
  });
  return { kind: 'stored', patch: { ...validators, count: report.statements.length } };
}

async function checkAndRecord(feed: Feed): Promise<Feed> {
  const at = Date.now();
  let result: CheckResult;
  try {
    result = await check(feed);
  } catch (e) {
    result = { kind: 'failed', error: message(e) };
  }
  if (result.kind === 'failed') return updateFeed(feed.id, { lastCheck: at, lastError: result.error });
  const updated = await updateFeed(feed.id, { ...result.patch, lastCheck: at, lastSuccess: Date.now(), lastError: null });
  if (result.kind === 'stored') {
    invalidateMatcher();
    void refreshOpenPages();
  }
  return updated;
}

async function schedule(feed: Feed): Promise<void> {
  const plan = planAlarm(feed, Date.now());
  if (!plan) {
    await browser.alarms.clear(alarmName(feed.id));
    return;
  }
  const existing = await browser.alarms.get(plan.name);
  if (alarmMatches(existing, plan)) return;
  await browser.alarms.create(plan.name, { when: plan.when, periodInMinutes: plan.periodInMinutes });
}

async function release(removed: Feed, remaining: Feed[]): Promise<void> {
  // Kept while another pack downloads from it or an allowed site ("only the sites I allow") needs it.
  const origins = await releasableForFeeds(patternsToRelease(removed, remaining), remaining.map((f) => feedPattern(f.url)));
  if (origins.length) await browser.permissions.remove({ origins }).catch((e: unknown) => console.warn('QuoteTrace: origin kept', origins, e));
}

export function addFeed(rawUrl: string, scheduleChoice: FeedSchedule): Promise<Feed> {
  return serial(async () => {
    const address = parseFeedUrl(rawUrl);
    if (!address.ok) throw new Error(address.error);
    const feeds = await listFeeds();
    if (feeds.some((f) => f.url === address.url)) throw new Error('this address is already in your packs');
    const feed: Feed = {
      id: `feed-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      url: address.url,
      schedule: scheduleChoice,
      addedAt: Date.now(),
      lastCheck: null,
      lastSuccess: null,
      lastError: null,
      etag: null,
      lastModified: null,
      count: 0,
    };
    const result = await check(feed).catch((e: unknown): CheckResult => ({ kind: 'failed', error: message(e) }));
    if (result.kind === 'failed') {
      // Nothing was stored: do not keep a grant the user gave for this download only.
      await release(feed, feeds);
      throw new Error(result.error);
    }
    const now = Date.now();
    const added: Feed = { ...feed, ...result.patch, lastCheck: now, lastSuccess: now };
    await saveFeeds([...feeds, added]);
    await schedule(added);
    invalidateMatcher();
    void refreshOpenPages();
    return added;
  });
}

export function refreshFeed(id: string): Promise<Feed> {
  return serial(async () => {
    const feed = (await listFeeds()).find((f) => f.id === id);
    if (!feed) throw new Error('no such feed');
    return checkAndRecord(feed);
  });
}

export function setFeedSchedule(id: string, scheduleChoice: FeedSchedule): Promise<Feed> {
  return serial(async () => {
    const feed = await updateFeed(id, { schedule: scheduleChoice });
    await schedule(feed);
    return feed;
  });
}

/** Whether `id` is a feed (db:remove of a feed's pack removes the feed). */
export async function isFeed(id: string): Promise<boolean> {
  return (await listFeeds()).some((f) => f.id === id);
}

export function removeFeed(id: string): Promise<void> {
  return serial(async () => {
    const feeds = await listFeeds();
    const feed = feeds.find((f) => f.id === id);
    if (!feed) throw new Error('no such feed');
    const remaining = feeds.filter((f) => f.id !== id);
    await browser.alarms.clear(alarmName(id));
    await removeUserDatabase(id);
    await saveFeeds(remaining);
    await release(feed, remaining);
    invalidateMatcher();
    void refreshOpenPages();
  });
}

/**
 * Alarms for every scheduled feed, on every background start: Firefox forgets alarms across
 * restarts, and an alarm lost in any other way is put back. Stray alarms of removed feeds go.
 */
export async function syncFeedAlarms(): Promise<void> {
  const feeds = await listFeeds();
  const ids = new Set(feeds.map((f) => f.id));
  for (const a of await browser.alarms.getAll()) {
    const id = feedIdOfAlarm(a.name);
    if (id && !ids.has(id)) await browser.alarms.clear(a.name);
  }
  for (const f of feeds) await schedule(f);
}

export function installFeedAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    const id = feedIdOfAlarm(alarm.name);
    if (id) void refreshFeed(id).catch((e: unknown) => console.error('QuoteTrace: feed check failed', e));
  });
  void syncFeedAlarms().catch((e: unknown) => console.error('QuoteTrace: could not schedule feed checks', e));
}
