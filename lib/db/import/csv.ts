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

/** Splits CSV into records of fields, with the 1-based line each record starts on. */
export function parseCsv(content: string, delimiter: string): { line: number; fields: string[]; error?: string }[] {
  const rows: { line: number; fields: string[]; error?: string }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false, wasQuoted = false;
  let line = 1, startLine = 1;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"') {
        if (content[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else { if (c === '\n') line++; field += c; }
      continue;
    }
    if (c === '"' && field.trim() === '' && !wasQuoted) { quoted = true; wasQuoted = true; field = ''; }
    else if (c === delimiter) { fields.push(field); field = ''; wasQuoted = false; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0].trim() !== '') rows.push({ line: startLine, fields });
      fields = []; field = ''; wasQuoted = false;
      startLine = ++line;
    } else field += c;
  }
  if (quoted) {
    rows.push({ line: startLine, fields: [], error: 'unterminated quoted field (the file may be truncated)' });
  } else if (field !== '' || fields.length) {
    fields.push(field);
    rows.push({ line: startLine, fields });
  }
  return rows;
}

function key(h: string): string {
  return h.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

export function importCsv(fileName: string, content: string, collector = new Collector(fileName)): ImportReport {
  const firstLine = content.slice(0, content.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
  const rows = parseCsv(content, delimiter);
  if (!rows.length) return collector.report('csv', `${fileName} is empty: expected a header row`);
  const header = rows[0].fields.map(key);
  const map = new Map<number, string>();
  for (const [field, names] of Object.entries(CSV_COLUMNS)) {
    const col = header.findIndex((h) => names.includes(h));
    if (col >= 0 && ![...map.values()].includes(field)) map.set(col, field);
  }
  if (![...map.values()].includes('text')) {
    return collector.report('csv', `${fileName} has no text column: the header row must name one of ${CSV_COLUMNS.text.join(', ')} (found: ${rows[0].fields.slice(0, 8).join(', ').slice(0, 200)})`);
  }
  if (![...map.values()].includes('speaker')) collector.error(1, `no speaker column (${CSV_COLUMNS.speaker.join(', ')}); statements are imported without speakers`);
  for (const row of rows.slice(1)) {
    if (row.error) { collector.error(row.line, row.error); continue; }
    if (row.fields.length < header.length) {
      collector.error(row.line, `row has ${row.fields.length} columns, the header has ${header.length}; skipped`);
      continue;
    }
    const raw: Record<string, unknown> = {};
    for (const [col, field] of map) {
      const v = row.fields[col].trim();
      if (v !== '') raw[field] = field === 'verdictScore' ? Number(v) : v;
    }
    if (raw.speaker === undefined) raw.speaker = null;
    if (typeof raw.text === 'string' && raw.textKind === undefined) Object.assign(raw, inferTextKind(raw.text));
    collector.add(raw, row.line, { idPrefix: 'csv' });
  }
  return collector.report('csv');
}
