import { describe, expect, test } from 'vitest';
import { conditionalHeaders, FEED_REQUEST_INIT, validatorsOf } from '../../../lib/feeds/request';

describe('conditional requests', () => {
  test('the stored version\'s ETag and Last-Modified are sent back', () => {
    expect(conditionalHeaders({ etag: '"v7"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT', count: 3 })).toEqual({
      'If-None-Match': '"v7"',
      'If-Modified-Since': 'Wed, 02 Dec 2026 10:00:00 GMT',
    });
    expect(conditionalHeaders({ etag: 'W/"weak"', lastModified: null, count: 3 })).toEqual({ 'If-None-Match': 'W/"weak"' });
    expect(conditionalHeaders({ etag: null, lastModified: null, count: 3 })).toEqual({});
  });

  test('nothing stored: no validators, so a 304 cannot stand for a file we do not have', () => {
    expect(conditionalHeaders({ etag: '"v7"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT', count: 0 })).toEqual({});
  });

  test('validators are read from a response; junk ones are dropped', () => {
    expect(validatorsOf(new Headers({ etag: '"abc"', 'last-modified': 'Wed, 02 Dec 2026 10:00:00 GMT' }))).toEqual({ etag: '"abc"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT' });
    expect(validatorsOf(new Headers({ etag: `"${'x'.repeat(600)}"`, 'last-modified': 'yesterday-ish' }))).toEqual({ etag: null, lastModified: null });
  });

  test('the request carries nothing of the user: no credentials, no referrer, no cache, no redirects', () => {
    expect(FEED_REQUEST_INIT).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', referrer: '', cache: 'no-store', redirect: 'error' });
    expect(FEED_REQUEST_INIT.headers).toBeUndefined();
    expect(FEED_REQUEST_INIT.body).toBeUndefined();
  });
});
