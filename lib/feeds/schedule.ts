/** When packs from a URL are checked again: one alarm per feed, named after it. */
import type { Feed, FeedSchedule } from './types';

export const FEED_SCHEDULES: readonly FeedSchedule[] = ['off', 'daily', 'weekly'];

const MINUTE = 60_000;
export const PERIOD_MINUTES: Record<Exclude<FeedSchedule, 'off'>, number> = { daily: 24 * 60, weekly: 7 * 24 * 60 };
/** A feed that is overdue (the browser was closed) is checked this long after start-up, not at once. */
export const OVERDUE_DELAY_MINUTES = 1;

const ALARM_PREFIX = 'qt-feed:';

export const alarmName = (feedId: string) => `${ALARM_PREFIX}${feedId}`;
export const feedIdOfAlarm = (name: string): string | null => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null);

export interface AlarmPlan {
  name: string;
  /** ms since the epoch */
  when: number;
  periodInMinutes: number;
}

/**
 * The alarm a feed should have now, or null (schedule off). The next check is one period after
 * the last one (tried, not only succeeded: a failing server is not hammered), or soon after now
 * when that moment has passed.
 */
export function planAlarm(feed: Pick<Feed, 'id' | 'schedule' | 'lastCheck' | 'addedAt'>, now: number): AlarmPlan | null {
  if (feed.schedule === 'off') return null;
  const period = PERIOD_MINUTES[feed.schedule];
  const due = (feed.lastCheck ?? feed.addedAt) + period * MINUTE;
  return { name: alarmName(feed.id), when: Math.max(due, now + OVERDUE_DELAY_MINUTES * MINUTE), periodInMinutes: period };
}

/** Whether an existing alarm already matches the plan (same period, fires no later than planned). */
export function alarmMatches(existing: { scheduledTime: number; periodInMinutes?: number } | undefined, plan: AlarmPlan): boolean {
  return !!existing && existing.periodInMinutes === plan.periodInMinutes && existing.scheduledTime <= plan.when + MINUTE;
}
