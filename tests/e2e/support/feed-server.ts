import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the server answers for one path; changed by the test between checks. */
export interface FeedResponse {
  body: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  status?: number;
  /** Send only the first n bytes of body but announce the whole length (a dropped connection). */
  cutAt?: number;
  headers?: Record<string, string>;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** What the server answered. */
  status: number;
}

export interface FeedServer {
  origin: string;
  url: (path: string) => string;
  set: (path: string, r: FeedResponse) => void;
  requests: SeenRequest[];
  close: () => Promise<void>;
}

/**
 * A pack publisher on https://127.0.0.1:<free port>, with a throwaway self-signed certificate
 * (the browsers are told to accept it), honouring If-None-Match / If-Modified-Since as a real
 * server would, and recording every request it gets with its headers.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const dir = mkdtempSync(join(tmpdir(), 'qt-feed-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  const key = readFileSync(join(dir, 'key.pem'));
  const cert = readFileSync(join(dir, 'cert.pem'));
  rmSync(dir, { recursive: true, force: true });
  const routes = new Map<string, FeedResponse>();
  const requests: SeenRequest[] = [];
  const server = createServer({ key, cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const r = routes.get(path);
    const seen: SeenRequest = { method: req.method ?? '', path, headers: req.headers, status: 404 };
    requests.push(seen);
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const validators: Record<string, string> = {};
    if (r.etag) validators.etag = r.etag;
    if (r.lastModified) validators['last-modified'] = r.lastModified;
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = inm !== undefined ? inm === r.etag : ims !== undefined && r.lastModified !== undefined && Date.parse(ims) >= Date.parse(r.lastModified);
    if ((r.status ?? 200) === 200 && fresh) {
      seen.status = 304;
      res.writeHead(304, validators).end();
      return;
    }
    seen.status = r.status ?? 200;
    const body = Buffer.from(r.body);
    res.writeHead(seen.status, { ...r.headers, ...validators, 'content-type': r.contentType ?? 'application/x-ndjson', 'content-length': String(body.length) });
    if (r.cutAt !== undefined) {
      res.write(body.subarray(0, r.cutAt));
      setTimeout(() => res.destroy(), 50);
    } else res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `https://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    set: (p, r) => void routes.set(p, r),
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** Invented statements for the fixture page tests/fixtures/pages/feed-article. */
export const FEED_QUOTE_1 = 'The harbour tunnel will open to traffic before the winter storms arrive.';
export const FEED_QUOTE_2 = 'Every ferry ticket bought this year will be valid on the new shuttle buses.';
const record = (id: string, text: string) =>
  JSON.stringify({ id, text, speaker: 'Mara Quell', speakerRole: 'Transport Minister', date: '2026-11-30', context: 'transport briefing', sourceUrl: 'https://example.org/briefings/tunnel', origin: 'feed test', licence: 'CC0-1.0' });
export const FEED_V1 = `${record('feed-test:1', FEED_QUOTE_1)}\n`;
export const FEED_V2 = `${record('feed-test:1', FEED_QUOTE_1)}\n${record('feed-test:2', FEED_QUOTE_2)}\n`;
