/**
 * An embedded social post (a tweet before its script swaps in an iframe) is its author's own
 * statement: what it quotes is not the article's quotation, and its words are no article text.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../../scripts/lib/scan-file';

const page = (embed: string): string => `<!doctype html><html><body><article><h1>Dock strike begins</h1>
<p>"We gave management every chance," said union chief Teodor Brankovic on Monday.</p>
${embed}
<p>Mayor Hannah Kirchner urged both sides to return to talks. "Nobody wins a long strike," she said.</p>
</article></body></html>`;

describe('embedded social posts', () => {
  it.each([
    ['a tweet', '<blockquote class="twitter-tweet"><p lang="en">Thank you all for coming — “this is what democracy looks like.”</p>— Pat Rivera (@patrivera) <a href="#">May 14, 2024</a></blockquote>'],
    ['an Instagram post', '<blockquote class="instagram-media"><p>Thank you all for coming — “this is what democracy looks like.”</p></blockquote>'],
  ])('%s adds no quote and no text', (_name, embed) => {
    const scan = scanHtml(page(embed));
    expect(scan.quotes.map((q) => q.text)).toEqual(['We gave management every chance,', 'Nobody wins a long strike,']);
    expect(scan.text).not.toContain('democracy');
  });

  it('a blockquote that is no embed stays article text', () => {
    const scan = scanHtml(page('<blockquote><p>“We will stay out as long as it takes,” the union wrote to its members.</p></blockquote>'));
    expect(scan.quotes.some((q) => q.text.startsWith('We will stay out'))).toBe(true);
  });
});
