import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionalHeaders, FEED_REQUEST_INIT } from '../../../lib/feeds/request';
import { ALLOWED_PERMISSIONS } from '../../e2e/support/build-audit';

/**
 * The store reviewers' form (docs/store/permissions.md) and the privacy policy (docs/privacy.md)
 * say what the code does: a permission added to the build, or a feed request that starts sending
 * more, fails here until the documents say so too.
 */
const REPO = resolve(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(resolve(REPO, p), 'utf8');

describe('docs/store/permissions.md', () => {
  const doc = read('docs/store/permissions.md');
  const rows = doc.split('\n').filter((l) => l.startsWith('| `'));

  it.each(ALLOWED_PERMISSIONS)('justifies %s in its own row', (perm) => {
    expect(rows.some((r) => r.startsWith(`| \`${perm}\``))).toBe(true);
  });

  it('justifies the optional host permission under both manifest keys', () => {
    const config = read('wxt.config.ts');
    for (const key of ['optional_host_permissions', 'optional_permissions']) {
      expect(config).toContain(key);
      expect(doc).toContain(`\`${key}\``);
    }
    // The patterns themselves live in lib/access/site-patterns.ts (ALL_SITES), spread into both keys.
    expect(config).toContain('ALL_SITES');
    expect(read('lib/access/site-patterns.ts')).toContain("'https://*/*'");
    expect(doc).toContain('`https://*/*`');
  });

  it('states the single purpose in the listing', () => {
    expect(read('docs/store/listing.md')).toMatch(/## Single purpose[^\n]*\n+QuoteTrace has one purpose: /);
  });
});

describe('docs/privacy.md describes the feed request as lib/feeds makes it', () => {
  const policy = read('docs/privacy.md').replace(/\s+/g, ' ');

  it('no cookies, no referrer, no redirects', () => {
    expect(FEED_REQUEST_INIT).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error' });
    expect(policy).toContain('no cookies, no HTTP login, no referrer');
    expect(policy).toContain('does not follow redirects');
  });

  it('only the two validators, and only once a version is held', () => {
    expect(conditionalHeaders({ etag: '"v1"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT', count: 0 })).toEqual({});
    const headers = conditionalHeaders({ etag: '"v1"', lastModified: 'Wed, 02 Dec 2026 10:00:00 GMT', count: 3 });
    expect(Object.keys(headers).sort()).toEqual(['If-Modified-Since', 'If-None-Match']);
    for (const h of Object.keys(headers)) expect(policy).toContain(`\`${h}\``);
  });
});
