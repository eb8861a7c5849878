import { describe, expect, test } from 'vitest';
import { alarmMatches, alarmName, feedIdOfAlarm, OVERDUE_DELAY_MINUTES, PERIOD_MINUTES, planAlarm } from '../../../lib/feeds/schedule';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const base = { id: 'feed-1', addedAt: 1_000_000_000_000, lastCheck: null as number | null };

describe('planAlarm', () => {
  test('off: no alarm', () => {
    expect(planAlarm({ ...base, schedule: 'off' }, base.addedAt)).toBeNull();
  });

  test('daily and weekly: one period after the last check', () => {
    const lastCheck = base.addedAt + 5 * MIN;
    expect(planAlarm({ ...base, schedule: 'daily', lastCheck }, lastCheck + MIN)).toEqual({ name: 'qt-feed:feed-1', when: lastCheck + DAY, periodInMinutes: PERIOD_MINUTES.daily });
    expect(planAlarm({ ...base, schedule: 'weekly', lastCheck }, lastCheck + MIN)?.when).toBe(lastCheck + 7 * DAY);
  });

  test('never checked: one period after it was added', () => {
    expect(planAlarm({ ...base, schedule: 'daily' }, base.addedAt)?.when).toBe(base.addedAt + DAY);
  });

  test('overdue (the browser was closed): soon after now, never in the past', () => {
    const now = base.addedAt + 10 * DAY;
    expect(planAlarm({ ...base, schedule: 'daily', lastCheck: base.addedAt }, now)?.when).toBe(now + OVERDUE_DELAY_MINUTES * MIN);
  });

  test('a failed check counts: the next try is a period later, not at once', () => {
    const failedAt = base.addedAt + 3 * DAY;
    expect(planAlarm({ ...base, schedule: 'daily', lastCheck: failedAt }, failedAt)?.when).toBe(failedAt + DAY);
  });
});

describe('alarms', () => {
  test('names round-trip and other alarms are not ours', () => {
    expect(feedIdOfAlarm(alarmName('feed-x'))).toBe('feed-x');
    expect(feedIdOfAlarm('something-else')).toBeNull();
  });

  test('an existing alarm is kept when its period matches and it is not late; replaced otherwise', () => {
    const plan = { name: 'qt-feed:a', when: 10 * DAY, periodInMinutes: PERIOD_MINUTES.daily };
    expect(alarmMatches({ scheduledTime: 10 * DAY, periodInMinutes: PERIOD_MINUTES.daily }, plan)).toBe(true);
    expect(alarmMatches({ scheduledTime: 9 * DAY, periodInMinutes: PERIOD_MINUTES.daily }, plan)).toBe(true);
    expect(alarmMatches({ scheduledTime: 10 * DAY, periodInMinutes: PERIOD_MINUTES.weekly }, plan)).toBe(false);
    expect(alarmMatches({ scheduledTime: 12 * DAY, periodInMinutes: PERIOD_MINUTES.daily }, plan)).toBe(false);
    expect(alarmMatches(undefined, plan)).toBe(false);
  });
});
