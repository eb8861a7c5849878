/**
 * Import entry point: text in (the options page reads the file, the CLI decodes bytes with
 * decodeBytes), validated statements and per-record errors out, or the whole file refused.
 */
import { Collector } from './collector';
import { importClaimReview } from './claimreview';
import { importCsv, type CsvColumnMap } from './csv';
import { importFactCheckApi } from './factcheck-api';
import { importJsonl } from './jsonl';
import { importPack, looksLikePack } from './qtpack';
import type { ImportFormat, ImportReport } from './types';

export type { ImportError, ImportFormat, ImportReport } from './types';
export type { CsvColumnMap } from './csv';
export { decodeBytes, detectEncoding } from './decode';
export { Collector } from './collector';

/** Decides a file's format from its name, then its first characters. */
export function detectFormat(fileName: string, content: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  // A compiled pack by its header, whatever it is called (a URL may have no file name).
  if (/\.qtpack$/.test(name) || looksLikePack(head)) return 'qtpack';
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.(csv|tsv)$/.test(name)) return 'csv';
  if (/\.(html?|xhtml)$/.test(name)) return 'claimreview';
  if (head.startsWith('<')) return 'claimreview';
  if (head.startsWith('{') || head.startsWith('[')) {
    if (/"claims"\s*:/.test(head) && !/"@type"/.test(head)) return 'factcheck-api';
    if (/"@(type|graph|context)"/.test(head)) return 'claimreview';
    // One object per line means JSON Lines; else a JSON document of some kind.
    const firstLine = head.split('\n', 1)[0].trim();
    if (head.startsWith('{') && firstLine.endsWith('}') && /"text"\s*:/.test(firstLine)) return 'jsonl';
    // A JSON array of statement objects (no JSON-LD, no API shape): read as JSON Lines records.
    if (head.startsWith('[') && /"text"\s*:/.test(head) && !/"@(type|graph|context)"/.test(head)) return 'jsonl';
    if (/\.json$/.test(name)) return /"claims"\s*:/.test(head) ? 'factcheck-api' : 'claimreview';
    return 'jsonl';
  }
  if (/^[^\n]*[,;\t][^\n]*\n/.test(head) && /\b(text|statement|quote|claim)\b/i.test(head.split('\n', 1)[0])) return 'csv';
  return null;
}

export interface ImportOptions {
  /** CSV: statement field -> header name, for headers the defaults do not recognise. */
  columns?: CsvColumnMap;
  /** Shared across files (duplicate ids between them); one per file by default. */
  collector?: Collector;
}

const IMPORTERS: Record<ImportFormat, (name: string, content: string, c: Collector, o: ImportOptions) => ImportReport> = {
  jsonl: importJsonl,
  csv: (name, content, c, o) => importCsv(name, content, c, o.columns),
  claimreview: importClaimReview,
  'factcheck-api': importFactCheckApi,
  qtpack: (name, content, c) => importPack(name, content, c),
};

export function importText(
  fileName: string,
  content: string,
  format: ImportFormat | 'auto' = 'auto',
  options: ImportOptions = {},
): ImportReport {
  const collector = options.collector ?? new Collector(fileName);
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (text.includes('\u0000')) return collector.report(format, `${fileName} is binary or UTF-16 read as UTF-8 (it contains NUL characters); decode it first`);
  const f = format === 'auto' ? detectFormat(fileName, text) : format;
  if (!f) {
    return collector.report('unknown', `${fileName} is not a statement file QuoteTrace reads (JSON Lines, CSV with a header row, ClaimReview JSON-LD or HTML, Fact Check Tools API JSON, a compiled .qtpack)`);
  }
  if (!text.trim()) return collector.report(f, `${fileName} is empty`);
  try {
    return IMPORTERS[f](fileName, text, collector, options);
  } catch (e) {
    // Defensive: an importer bug must not take the caller down with a half-imported file.
    return collector.report(f, `${fileName} could not be read: ${(e as Error).message}`);
  }
}
