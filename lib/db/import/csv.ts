/**
 * CSV with a header row (RFC 4180 quoting, comma, semicolon or tab; parsed by papaparse). Columns
 * are mapped by name to statement fields. A file without a text column, or with broken quoting, is
 * refused whole; a row with too few or too many columns is skipped and reported with its line.
 */
import Papa from 'papaparse';
import { Collector } from './collector';
import type { ImportReport } from './types';
import { inferTextKind } from '../text-kind';

/** Header names accepted for each field (lowercased, spaces/underscores/dashes removed). */
export const CSV_COLUMNS: Record<string, string[]> = {
  id: ['id', 'statementid'],
  text: ['text', 'statement', 'quote', 'claim', 'claimtext', 'claimreviewed'],
  textKind: ['textkind', 'kind'],
  quotedSpans: ['quotedspans'],
  speaker: ['speaker', 'claimant', 'author', 'speakername', 'who'],
  speakerAliases: ['speakeraliases', 'aliases'],
  speakerRole: ['speakerrole', 'role', 'title'],
  date: ['date', 'claimdate', 'statementdate'],
  context: ['context', 'venue', 'medium'],
  sourceUrl: ['sourceurl', 'source', 'url'],
  verdict: ['verdict', 'rating', 'textualrating'],
  verdictScale: ['verdictscale'],
  verdictScore: ['verdictscore'],
  factChecker: ['factchecker', 'publisher'],
  factCheckUrl: ['factcheckurl', 'reviewurl'],
  lang: ['lang', 'language'],
  origin: ['origin'],
  licence: ['licence', 'license'],
};

/** Longest CSV record; past it (an unterminated quote, most likely) the file is refused. */
export const MAX_ROW_CHARS = 1_000_000;

/**
 * One record with the 1-based line it starts on. `error` marks a record the parser could not
 * split reliably; `broken` says the quoting is broken, so nothing after it can be trusted.
 */
export interface Row { line: number; fields: string[]; error?: string; broken?: boolean }

interface PapaStep { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let p = s.indexOf('\n', from); p >= 0 && p < to; p = s.indexOf('\n', p + 1)) n++;
  return n;
}

/** First-line delimiter: whichever of comma, semicolon, tab the header row has most of. */
function guessDelimiter(firstLine: string): string {
  return [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
}

/**
 * Streaming CSV records (RFC 4180 quoting, parsed by papaparse): push text in chunks with any
 * boundaries, get rows with the line each starts on. Line breaks are LF or CRLF (a CR before the
 * LF is dropped). A quoted field closed by a quote that is not followed by a delimiter or a line
 * break (a stray or undoubled quote) is reported, never merged silently into the next rows.
 */
export class CsvRows {
  private buf = '';
  private line = 1;
  private parser: InstanceType<typeof Papa.Parser> | null = null;
  /** Rows of the current parse call (the step callback fills it). */
  private steps: PapaStep[] = [];
  delimiter: string | null = null;

  constructor(private readonly onRow: (row: Row) => void) {}

  push(text: string, final = false): void {
    this.buf += text;
    if (!this.parser) {
      const nl = this.buf.indexOf('\n');
      if (nl < 0 && !final) return;
      this.delimiter = guessDelimiter(nl < 0 ? this.buf : this.buf.slice(0, nl));
      this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n', quoteChar: '"', step: (r: PapaStep) => this.steps.push(r) });
    }
    this.steps = [];
    this.parser.parse(this.buf, 0, !final);
    let at = 0;
    for (const step of this.steps) {
      const end = step.meta.cursor;
      const fields = step.data[0] ?? [''];
      const last = fields.length - 1;
      if (fields[last].endsWith('\r')) fields[last] = fields[last].slice(0, -1);
      const line = this.line;
      const lines = countNewlines(this.buf, at, end);
      this.line += lines;
      at = end;
      const bad = step.errors.find((e) => e.code === 'InvalidQuotes' || e.code === 'MissingQuotes');
      if (bad) {
        const to = lines > 1 ? ` (the record runs on to line ${line + lines - 1})` : '';
        this.onRow({
          line, fields: [], broken: true,
          error: bad.code === 'MissingQuotes'
            ? `a quoted field opened on this line is never closed${to}; the file may be truncated`
            : `a quoted field on this line is closed by a quote that is not followed by ${this.delimiter === '\t' ? 'a tab' : `"${this.delimiter}"`} or a line break (a stray quote, or a quote inside a field that is not doubled)${to}`,
        });
      } else if (fields.length > 1 || fields[0].trim() !== '') this.onRow({ line, fields });
    }
    this.buf = this.buf.slice(at);
    if (!final && this.buf.length > MAX_ROW_CHARS) {
      this.onRow({ line: this.line, fields: [], broken: true, error: `a record starting on this line is longer than ${MAX_ROW_CHARS} characters (an unterminated quote?)` });
      this.buf = '';
      this.parser = null; // nothing more is parsed: the caller refuses the file
      this.push = () => {};
    }
  }
}

/** Splits CSV into records of fields, with the 1-based line each record starts on. */
export function parseCsv(content: string): Row[] {
  const rows: Row[] = [];
  new CsvRows((r) => rows.push(r)).push(content, true);
  return rows;
}

function key(h: string): string {
  return h.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/** Statement field -> header name in the file, for headers the defaults do not know. */
export type CsvColumnMap = Partial<Record<keyof typeof CSV_COLUMNS, string>>;

/** Maps CSV rows to statements: the header row names the columns. Streams (see CsvRows). */
export class CsvImporter {
  private readonly rows: CsvRows;
  private header: string[] | null = null;
  private readonly map = new Map<number, string>();
  refused: string | null = null;

  constructor(readonly collector: Collector, private readonly columns: CsvColumnMap = {}) {
    this.rows = new CsvRows((r) => this.row(r));
  }

  push(text: string, final = false): void {
    if (!this.refused) this.rows.push(text, final);
  }

  private row(row: Row): void {
    if (this.refused) return;
    const c = this.collector;
    if (!this.header) {
      if (row.error) { this.refused = `${c.fileName}: the header row (line ${row.line}) is unreadable: ${row.error}`; return; }
      this.header = row.fields.map(key);
      // Explicit mappings first, then the known header names for the fields still unmapped.
      for (const [field, name] of Object.entries(this.columns)) {
        if (!(field in CSV_COLUMNS) || typeof name !== 'string') continue;
        const col = this.header.indexOf(key(name));
        if (col < 0) { this.refused = `${c.fileName} has no column "${name}" (mapped to ${field})`; return; }
        this.map.set(col, field);
      }
      for (const [field, names] of Object.entries(CSV_COLUMNS)) {
        if ([...this.map.values()].includes(field)) continue;
        const col = this.header.findIndex((h, i) => names.includes(h) && !this.map.has(i));
        if (col >= 0) this.map.set(col, field);
      }
      const fields = [...this.map.values()];
      if (!fields.includes('text')) {
        this.refused = `${c.fileName} has no text column: the header row must name one of ${CSV_COLUMNS.text.join(', ')} (found: ${row.fields.slice(0, 8).join(', ').slice(0, 200)})`;
      } else if (!fields.includes('speaker')) c.error(row.line, `no speaker column (${CSV_COLUMNS.speaker.join(', ')}); statements are imported without speakers`);
      return;
    }
    if (row.broken) {
      // Where a broken quote ends is a guess: the rows after it may be split wrongly (one speaker's
      // line credited to another), so the file is refused whole and the database keeps what it had.
      this.refused = `${c.fileName}, line ${row.line}: ${row.error}. Nothing was imported from this file: fix the quoting there (a quote inside a quoted field is written twice: "") and import it again`;
      return;
    }
    if (row.error) { c.error(row.line, row.error); return; }
    if (row.fields.length < this.header.length) {
      c.error(row.line, `row has ${row.fields.length} columns, the header has ${this.header.length}; skipped`);
      return;
    }
    if (row.fields.slice(this.header.length).some((f) => f.trim() !== '')) {
      // An unquoted delimiter inside a field shifts every later column (the speaker among them).
      c.error(row.line, `row has ${row.fields.length} columns, the header has ${this.header.length} (a "${this.rows.delimiter === '\t' ? '\\t' : this.rows.delimiter}" inside a field that is not quoted?); skipped`);
      return;
    }
    const raw: Record<string, unknown> = {};
    for (const [col, field] of this.map) {
      const v = row.fields[col].trim();
      if (v !== '') raw[field] = field === 'verdictScore' ? Number(v) : v;
    }
    if (raw.speaker === undefined) raw.speaker = null;
    // A CSV row's text is what was said: only quote marks inside it make it a partial (or a whole
    // quotation); plain text stays unmarked, as in JSON Lines, and no card calls it a paraphrase.
    if (typeof raw.text === 'string' && raw.textKind === undefined) {
      const kind = inferTextKind(raw.text);
      if (kind.textKind !== 'paraphrase') Object.assign(raw, kind);
    }
    c.add(raw, row.line, { idPrefix: 'csv' });
  }

  finish(): ImportReport {
    this.rows.push('', true);
    if (!this.refused && !this.header) this.refused = `${this.collector.fileName} is empty: expected a header row`;
    return this.collector.report('csv', this.refused);
  }
}

export function importCsv(fileName: string, content: string, collector = new Collector(fileName), columns: CsvColumnMap = {}): ImportReport {
  const importer = new CsvImporter(collector, columns);
  importer.push(content);
  return importer.finish();
}
