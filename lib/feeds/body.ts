/**
 * Reading a download with a cap and a completeness check: a body larger than the cap is cut off
 * and refused, and one shorter than its Content-Length (a dropped connection) is refused too.
 */

/** Largest pack accepted from a URL (bytes). The bundled pack and a large newsroom file fit. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

export type BodyOutcome = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

export async function readCapped(res: Response, cap = MAX_FEED_BYTES): Promise<BodyOutcome> {
  // Content-Length counts encoded bytes; only compare it when the body was not decoded.
  const encoded = res.headers.get('content-encoding');
  const declaredRaw = res.headers.get('content-length');
  const declared = declaredRaw !== null && /^\d+$/.test(declaredRaw) ? Number(declaredRaw) : null;
  if (declared !== null && declared > cap) return { ok: false, error: tooLarge(cap) };
  if (!res.body) return { ok: false, error: 'the response has no body' };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        void reader.cancel().catch(() => {});
        return { ok: false, error: tooLarge(cap) };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { ok: false, error: `the download was interrupted (${e instanceof Error ? e.message : String(e)})` };
  }
  if (declared !== null && !encoded && total !== declared) {
    return { ok: false, error: `the download is incomplete: ${total} of ${declared} bytes` };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

function tooLarge(cap: number): string {
  return `the file is larger than ${Math.round(cap / 1024 / 1024)} MB, the most QuoteTrace downloads`;
}
