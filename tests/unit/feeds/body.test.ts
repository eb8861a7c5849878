import { describe, expect, test } from 'vitest';
import { readCapped } from '../../../lib/feeds/body';

function streamed(chunks: string[], opts: { error?: boolean } = {}): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      if (opts.error) c.error(new Error('connection reset'));
      else c.close();
    },
  });
}

describe('readCapped', () => {
  test('a complete body comes back whole', async () => {
    const r = await readCapped(new Response(streamed(['{"a":', '1}\n']), { headers: { 'content-length': '8' } }));
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('{"a":1}\n');
  });

  test('a body over the cap is refused, announced or not', async () => {
    const announced = await readCapped(new Response('x'.repeat(10), { headers: { 'content-length': '2000' } }), 1000);
    expect(announced).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
    const streamedBig = await readCapped(new Response(streamed(['x'.repeat(600), 'x'.repeat(600)])), 1000);
    expect(streamedBig).toEqual({ ok: false, error: expect.stringMatching(/larger than/) });
  });

  test('fewer bytes than Content-Length announced: incomplete', async () => {
    const r = await readCapped(new Response(streamed(['abc']), { headers: { 'content-length': '10' } }));
    expect(r).toEqual({ ok: false, error: 'the download is incomplete: 3 of 10 bytes' });
  });

  test('a connection that breaks mid-body: interrupted', async () => {
    const r = await readCapped(new Response(streamed(['abc'], { error: true })));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/interrupted/);
  });
});
