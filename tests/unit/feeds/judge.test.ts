import { describe, expect, test } from 'vitest';
import { buildPack } from '../../../lib/db/pack';
import { importText } from '../../../lib/db/import/index';
import { acceptedType, feedFileName, judgeDownload } from '../../../lib/feeds/judge';

// Invented records.
const line = (n: number) => JSON.stringify({ id: `t:${n}`, text: `The harbour bridge number ${n} will open in the spring of next year.`, speaker: 'Mara Quell', date: '2025-03-0' + ((n % 9) + 1), sourceUrl: 'https://example.org/briefing' });
const jsonl = (n: number) => Array.from({ length: n }, (_, i) => line(i + 1)).join('\n') + '\n';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('judgeDownload: only a good file replaces the stored one', () => {
  test('a good JSON Lines file passes with its statements', () => {
    const j = judgeDownload(bytes(jsonl(4)), 'statements.jsonl', 'application/x-ndjson');
    expect(j.ok && j.report.statements.length).toBe(4);
  });

  test('a file cut off in its last record is refused', () => {
    const whole = jsonl(4);
    const cut = whole.slice(0, whole.length - 20);
    const j = judgeDownload(bytes(cut), 'statements.jsonl', null);
    expect(j).toEqual({ ok: false, error: expect.stringMatching(/cut off/) });
  });

  test('one bad record in the middle is the publisher\'s mistake: the rest is taken, the error kept', () => {
    const lines = jsonl(4).split('\n');
    lines[1] = '{"id": "broken", "text": ';
    const j = judgeDownload(bytes(lines.join('\n')), 'statements.jsonl', null);
    expect(j.ok).toBe(true);
    if (j.ok) {
      expect(j.report.statements.length).toBe(3);
      expect(j.report.errors[0].line).toBe(2);
    }
  });

  test('a CSV whose last quoted field never closes is refused', () => {
    const csv = 'text,speaker,date\n"The ferry runs at dawn.",Mara Quell,2025-03-01\n"The ferry runs at';
    expect(judgeDownload(bytes(csv), 'feed.csv', 'text/csv').ok).toBe(false);
  });

  test('an HTML error page, an image, binary bytes and an empty file are refused', () => {
    expect(judgeDownload(bytes('<html><body>502 Bad Gateway</body></html>'), 'statements.jsonl', 'text/html').ok).toBe(false);
    expect(judgeDownload(bytes(jsonl(2)), 'statements.jsonl', 'image/png')).toEqual({ ok: false, error: 'the server sent image/png, not a statement file' });
    expect(judgeDownload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), 'statements.jsonl', null).ok).toBe(false);
    expect(judgeDownload(bytes(''), 'statements.jsonl', null).ok).toBe(false);
  });

  test('a compiled pack is read record by record through the statement gate', () => {
    const statements = importText('x.jsonl', jsonl(3)).statements;
    const pack = buildPack(statements, { sources: ['x'], name: 'Newsroom pack' });
    const j = judgeDownload(bytes(pack), 'newsroom.qtpack', 'application/octet-stream');
    expect(j.ok && j.report.format).toBe('qtpack');
    expect(j.ok && j.report.statements.map((s) => s.id)).toEqual(['t:1', 't:2', 't:3']);
    // Even without an extension, by its header.
    expect(judgeDownload(bytes(pack), 'latest', null).ok).toBe(true);
  });

  test('a truncated compiled pack is refused', () => {
    const pack = buildPack(importText('x.jsonl', jsonl(3)).statements, { sources: ['x'] });
    const j = judgeDownload(bytes(pack.slice(0, pack.length - 5)), 'newsroom.qtpack', null);
    expect(j).toEqual({ ok: false, error: expect.stringMatching(/truncated or corrupt/) });
  });
});

describe('names and types', () => {
  test('the importer gets the URL\'s file name, or one from the media type', () => {
    expect(feedFileName('https://example.org/feeds/latest.csv?x=1', 'text/plain')).toBe('latest.csv');
    expect(feedFileName('https://example.org/feeds/latest', 'text/csv; charset=utf-8')).toBe('latest.csv');
    expect(feedFileName('https://example.org/', null)).toBe('example.org');
  });

  test('statement-like media types pass, others do not', () => {
    for (const t of [null, 'text/plain', 'text/csv', 'application/json', 'application/ld+json', 'application/x-ndjson', 'application/octet-stream', 'text/html; charset=utf-8']) expect(acceptedType(t), String(t)).toBe(true);
    for (const t of ['image/png', 'application/pdf', 'application/zip', 'video/mp4']) expect(acceptedType(t), t).toBe(false);
  });
});
