/**
 * Whether a downloaded file may replace the version we hold. Everything here is decided before
 * anything is written: a broken, cut-off, wrong-type or empty download keeps the last good
 * version, and the reason is shown on the options page.
 */
import { decodeBytes, importText, type ImportReport } from '../db/import/index';

export type Judgement = { ok: true; report: ImportReport } | { ok: false; error: string };

/**
 * Media types a statement file may come as. HTML is one (a fact-check page's ClaimReview blocks);
 * octet-stream is what many static hosts send for .jsonl and .qtpack. The bytes are checked
 * anyway: this only refuses what announces itself as something else (an image, a PDF, a zip).
 */
const ACCEPTED_TYPES = /^(text\/[\w.+-]+|application\/(json|ld\+json|[\w.-]+\+json|x-ndjson|ndjson|jsonl|x-jsonlines|csv|octet-stream|xhtml\+xml))$/;

export function acceptedType(contentType: string | null): boolean {
  if (!contentType) return true;
  return ACCEPTED_TYPES.test(contentType.split(';', 1)[0].trim().toLowerCase());
}

/** A name for the importer (its format sniffing reads extensions), from the URL's last segment. */
export function feedFileName(url: string, contentType: string | null): string {
  const u = new URL(url);
  const last = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? '').slice(0, 120);
  if (/\.[a-z0-9]{2,8}$/i.test(last)) return last;
  const type = (contentType ?? '').toLowerCase();
  const ext = type.includes('csv') ? '.csv' : type.includes('html') ? '.html' : '';
  return `${last || u.hostname}${ext}`;
}

/** 1-based number of the last line with anything on it. */
function lastContentLine(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let n = 1;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * A line-based file whose last record is broken was most likely cut off mid-download (a server
 * that closed the connection without a Content-Length). One bad record in the middle is the
 * publisher's mistake, reported like in a file import; one at the very end is not trusted.
 */
export function looksTruncated(report: ImportReport, text: string): boolean {
  if (report.format !== 'jsonl' && report.format !== 'csv') return false;
  const last = lastContentLine(text);
  return report.errors.some((e) => e.line === last || /truncated|unterminated/i.test(e.message));
}

export function judgeDownload(bytes: Uint8Array, fileName: string, contentType: string | null): Judgement {
  if (!acceptedType(contentType)) return { ok: false, error: `the server sent ${contentType}, not a statement file` };
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) return { ok: false, error: decoded.error };
  const report = importText(fileName, decoded.text);
  if (report.refused) return { ok: false, error: report.refused };
  if (report.statements.length === 0) return { ok: false, error: `no statement in the file${report.errors[0] ? `: ${report.errors[0].message}` : ''}` };
  if (looksTruncated(report, decoded.text)) return { ok: false, error: 'the file ends in a broken record: it looks cut off, so the last good version is kept' };
  return { ok: true, report };
}
