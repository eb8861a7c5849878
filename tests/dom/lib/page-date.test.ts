import { afterEach, describe, expect, test } from 'vitest';
import { pageDate, parseDateText } from '../../../lib/dom/page-date';

function page(head: string, body: string) {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
}

afterEach(() => page('', ''));

describe('parseDateText', () => {
  test.each([
    ['2022-02-24T05:36:09+03:00', '2022-02-24'],
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['March 25, 2015', '2015-03-25'],
    ['Feb. 23, 2015 -- Life-threatening', '2015-02-23'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['17:00, 24 December 2015', '2015-12-24'],
    ['Sunday, Feb 1, 2015 11:57 AM UTC', '2015-02-01'],
  ])('%s', (text, want) => expect(parseDateText(text)).toBe(want));

  test('refuses what is not a calendar date', () => {
    expect(parseDateText('2022-02-30')).toBeNull();
    expect(parseDateText('comment_date')).toBeNull();
    expect(parseDateText('20170113')).toBeNull();
    expect(parseDateText('20170113', true)).toBe('2017-01-13');
    expect(parseDateText('March 2022')).toBeNull();
  });
});

describe('pageDate', () => {
  test('reads schema.org datePublished from JSON-LD, in a @graph, ignoring other nodes', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', datePublished: '1999-01-01' }, { '@type': 'NewsArticle', datePublished: '2022-03-01T10:00:00Z' }] };
    page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '<h1>Headline</h1>');
    expect(pageDate(document)).toBe('2022-03-01');
  });

  test('survives broken JSON-LD and falls back to meta tags', () => {
    page('<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="2022-02-24T06:00:00+03:00">', '<h1>x</h1>');
    expect(pageDate(document)).toBe('2022-02-24');
  });

  test('takes the earliest when the article metadata disagree (an edit date in one of them)', () => {
    page('<meta property="article:published_time" content="2015-09-17T16:57:43+01:00">', '<h1>x</h1><meta itemprop="datePublished" content="2016-05-08T10:11:51+01:00">');
    expect(pageDate(document)).toBe('2015-09-17');
  });

  test('reads the <time> of the byline under the headline, not a comment date', () => {
    page('', '<header><time datetime="2010-01-01">old nav</time></header><article><h1>Headline</h1><p class="byline">By A <time datetime="2022-03-16T12:00:00-04:00">March 16</time></p><p>Text</p></article><div class="comments"><time datetime="2022-04-01">x</time></div>');
    expect(pageDate(document)).toBe('2022-03-16');
  });

  test('reads a dateline under the headline, and never the headline itself', () => {
    page('', '<h1>Weekly edition for March 26, 2015</h1><div>By the editors<br>March 25, 2015</div><p>Story text.</p>');
    expect(pageDate(document)).toBe('2015-03-25');
  });

  test('reads a paragraph that opens with its date', () => {
    page('', '<h1>Health Center</h1><nav>Tools</nav><div><p>Feb. 23, 2015 -- Life-threatening allergies ...</p></div>');
    expect(pageDate(document)).toBe('2015-02-23');
  });

  test('null when the page states no date', () => {
    page('<meta name="description" content="Published in 2022">', '<h1>Headline</h1><p>We met on the 3rd.</p>');
    expect(pageDate(document)).toBeNull();
  });
});
