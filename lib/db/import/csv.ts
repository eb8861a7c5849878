/**
 * CSV with a header row (RFC 4180 quoting, comma, semicolon or tab). Columns are mapped by name
 * to statement fields; a file without a text column is refused, a short row is skipped.
 */
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

/** Longest CSV record; past it (an unterminated quote, most likely) the record is skipped. */
export const MAX_ROW_CHARS = 1_000_000;

interface Row { line: number; fields: string[]; error?: string }
type Parsed = { fields: string[]; next: number; newlines: number } | { error: string; next: number; newlines: number };

/** Parses one record at i (RFC 4180 quoting); null when the text ends mid-record and more may come. */
function parseRow(s: string, i: number, d: string, final: boolean): Parsed | null {
  const fields: string[] = [];
  let newlines = 0;
  const stop = (e: number) => { while (e < s.length && s[e] !== d && s[e] !== '\n' && s[e] !== '\r') e++; return e; };
  for (;;) {
    let j = i;
    while (s[j] === ' ') j++;
    if (s[j] === '"') {
      let val = '';
      let k = j + 1;
      for (;;) {
        const q = s.indexOf('"', k);
        if (q < 0 || (q + 1 >= s.length && !final)) {
          if (!final) return null;
          return { error: 'unterminated quoted field (the file may be truncated)', next: s.length, newlines };
        }
        const seg = s.slice(k, q);
        for (let p = seg.indexOf('\n'); p >= 0; p = seg.indexOf('\n', p + 1)) newlines++;
        val += seg;
        if (s[q + 1] === '"') { val += '"'; k = q + 2; continue; }
        k = q + 1;
        break;
      }
      const e = stop(k);
      if (e >= s.length && !final) return null;
      fields.push(val + s.slice(k, e)); // text after the closing quote is kept, not lost
      i = e;
    } else {
      const e = stop(j);
      if (e >= s.length && !final) return null;
      fields.push(s.slice(i, e));
      i = e;
    }
    if (i >= s.length) return { fields, next: i, newlines };
    if (s[i] === d) { i++; continue; }
    if (s[i] === '\r' && i + 1 >= s.length && !final) return null;
    i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
    return { fields, next: i, newlines: newlines + 1 };
  }
}

/** Streaming CSV records: push text in chunks (any boundaries), get rows with their first line. */
export class CsvRows {
  private buf = '';
  private line = 1;
  delimiter: string | null = null;

  constructor(private readonly onRow: (row: Row) => void) {}

  push(text: string, final = false): void {
    this.buf += text;
    if (this.delimiter === null) {
      const nl = this.buf.search(/\r?\n/);
      if (nl < 0 && !final) return;
      const first = nl < 0 ? this.buf : this.buf.slice(0, nl);
      this.delimiter = [',', ';', '\t'].sort((a, b) => first.split(b).length - first.split(a).length)[0];
    }
    let i = 0;
    while (i < this.buf.length) {
      const r = parseRow(this.buf, i, this.delimiter, final);
      if (!r) {
        if (this.buf.length - i > MAX_ROW_CHARS) {
          // Skip the runaway record up to its first line break and carry on.
          const nl = this.buf.indexOf('\n', i);
          this.onRow({ line: this.line, fields: [], error: `record longer than ${MAX_ROW_CHARS} characters (unterminated quote?); skipped to the next line` });
          if (nl < 0) { i = this.buf.length; break; } // no line break buffered yet: drop what is held
          i = nl + 1;
          this.line++;
          continue;
        }
        break;
      }
      if ('error' in r) this.onRow({ line: this.line, fields: [], error: r.error });
      else if (r.fields.length > 1 || r.fields[0].trim() !== '') this.onRow({ line: this.line, fields: r.fields });
      this.line += r.newlines;
      i = r.next;
    }
    this.buf = this.buf.slice(i);
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
      if (row.error) { this.refused = `${c.fileName}: the header row is unreadable (${row.error})`; return; }
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
    if (row.error) { c.error(row.line, row.error); return; }
    if (row.fields.length < this.header.length) {
      c.error(row.line, `row has ${row.fields.length} columns, the header has ${this.header.length}; skipped`);
      return;
    }
    const raw: Record<string, unknown> = {};
    for (const [col, field] of this.map) {
      const v = row.fields[col].trim();
      if (v !== '') raw[field] = field === 'verdictScore' ? Number(v) : v;
    }
    if (raw.speaker === undefined) raw.speaker = null;
    if (typeof raw.text === 'string' && raw.textKind === undefined) Object.assign(raw, inferTextKind(raw.text));
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
