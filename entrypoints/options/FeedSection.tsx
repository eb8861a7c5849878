import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FeedList, ScheduleSelect } from '../../components/FeedList';
import { parseFeedUrl } from '../../lib/feeds/address';
import type { Feed, FeedSchedule } from '../../lib/feeds/types';
import { listFeeds, watchFeeds } from '../../platform/feeds';
import { t, uiLocale } from '../../platform/i18n';
import { askBackground } from '../../platform/messaging';

const locale = uiLocale();

type AddState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; feed: Feed } | { kind: 'failed'; error: string };

/**
 * "Add from a URL": the origin is asked for here, inside the click (permissions.request needs the
 * user's gesture), then the background downloads, checks and stores the pack.
 */
export function FeedSection(props: { onChange: () => void }) {
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [url, setUrl] = useState('');
  const [schedule, setSchedule] = useState<FeedSchedule>('daily');
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    void listFeeds().then(setFeeds);
    return watchFeeds(setFeeds);
  }, []);

  const add = (e: Event) => {
    e.preventDefault();
    const address = parseFeedUrl(url);
    if (!address.ok) {
      setState({ kind: 'failed', error: address.error });
      return;
    }
    setState({ kind: 'busy' });
    // No await before this call: the request must run inside the user's click.
    browser.permissions
      .request({ origins: [address.pattern] })
      .then(async (granted) => {
        if (!granted) {
          setState({ kind: 'failed', error: t('options_feed_denied', [new URL(address.url).host]) });
          return;
        }
        const reply = await askBackground('feed:add', { url: address.url, schedule });
        if (reply.ok) {
          setState({ kind: 'done', feed: reply.value });
          setUrl('');
        } else setState({ kind: 'failed', error: reply.error });
        props.onChange();
      })
      .catch((err: unknown) => setState({ kind: 'failed', error: err instanceof Error ? err.message : String(err) }));
  };

  const withBusy = async (id: string, job: () => Promise<{ ok: boolean; error?: string }>) => {
    setBusy((b) => new Set([...b, id]));
    const reply = await job();
    setListError(reply.ok ? null : (reply.error ?? null));
    setBusy((b) => new Set([...b].filter((x) => x !== id)));
    props.onChange();
  };

  return (
    <div class="qt-import qt-feeds">
      <h3 class="qt-feeds__title">{t('options_feeds')}</h3>
      {listError && (
        <p class="qt-error" role="alert">
          {listError}
        </p>
      )}
      <FeedList
        feeds={feeds}
        busy={busy}
        t={t}
        locale={locale}
        onRefresh={(id) => void withBusy(id, () => askBackground('feed:refresh', { id }))}
        onSchedule={(id, s) => void withBusy(id, () => askBackground('feed:schedule', { id, schedule: s }))}
        onRemove={(id) => void withBusy(id, () => askBackground('feed:remove', { id }))}
      />
      <form class="qt-feeds__add" onSubmit={add}>
        <label class="qt-field qt-feeds__url">
          <span class="qt-field__label">{t('options_feed_url')}</span>
          <input
            type="text"
            inputMode="url"
            data-testid="feed-url-input"
            placeholder="https://example.org/statements.jsonl"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label class="qt-field">
          <span class="qt-field__label">{t('options_feed_schedule')}</span>
          <ScheduleSelect id="feed-schedule" value={schedule} t={t} label={t('options_feed_schedule')} onChange={setSchedule} />
        </label>
        <button type="submit" class="qt-button" data-testid="feed-add" disabled={state.kind === 'busy'}>
          {t('options_feed_add')}
        </button>
      </form>
      <p class="qt-import__hint">{t('options_feed_hint')}</p>
      <div aria-live="polite" data-testid="feed-status">
        {state.kind === 'busy' && <p>{t('options_feed_adding')}</p>}
        {state.kind === 'failed' && <p class="qt-error">{t('options_feed_add_failed', [state.error])}</p>}
        {state.kind === 'done' && <p>{t('options_feed_added', state.feed.count, [state.feed.url, String(state.feed.count)])}</p>}
      </div>
    </div>
  );
}
