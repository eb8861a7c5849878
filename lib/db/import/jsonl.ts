/**
 * JSON Lines: one statement object a line (the shape of data/ and the shared datasets).
 * Line-driven so the CLI can stream a large file through {@link JsonlReader.line}.
 */
import { Collector } from './collector';
import type { ImportReport } from './types';

/** Non-JSON lines tolerated before any record parses; past this the file is not JSON Lines. */
const MAX_LEADING_GARBAGE_LINES = 3;
/** Longest accepted line; a longer one is skipped (bounded memory, not a statement). */
export const MAX_LINE_CHARS = 100_000;

export class JsonlReader {
  private parsedAny = false;
  private garbage = 0;
  refused: string | null = null;

  constructor(readonly collector: Collector) {}

  /** Feeds one line (1-based number). Returns false once the file is refused. */
  line(text: string, lineNo: number): boolean {
    if (this.refused) return false;
    const t = text.trim();
    if (!t) return true;
    if (t.length > MAX_LINE_CHARS) {
      this.collector.error(lineNo, `line is longer than ${MAX_LINE_CHARS} characters; skipped`);
      return true;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(t);
    } catch (e) {
      if (!this.parsedAny && ++this.garbage >= MAX_LEADING_GARBAGE_LINES) {
        this.refused = `${this.collector.fileName} is not JSON Lines: line ${lineNo} and the lines before it are not JSON objects`;
        return false;
      }
      this.collector.error(lineNo, `malformed JSON: ${(e as Error).message.slice(0, 120)}`);
      return true;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      if (!this.parsedAny && ++this.garbage >= MAX_LEADING_GARBAGE_LINES) {
        this.refused = `${this.collector.fileName} is not JSON Lines: its lines are not JSON objects`;
        return false;
      }
      this.collector.error(lineNo, 'line is not a JSON object');
      return true;
    }
    this.parsedAny = true;
    this.collector.add(raw as Record<string, unknown>, lineNo);
    return true;
  }

  finish(): ImportReport {
    if (!this.refused && !this.parsedAny && this.garbage > 0) {
      this.refused = `${this.collector.fileName} is not JSON Lines: no line is a JSON object`;
    }
    return this.collector.report('jsonl', this.refused);
  }
}

/** A JSON array of statement objects (a common export) is read as the same records. */
function importJsonArray(content: string, collector: Collector): ImportReport {
  let v: unknown;
  try {
    v = JSON.parse(content);
  } catch (e) {
    return collector.report('jsonl', `${collector.fileName} starts like a JSON array of statements but is not valid JSON: ${(e as Error).message.slice(0, 160)}`);
  }
  if (!Array.isArray(v)) return collector.report('jsonl', `${collector.fileName} is not JSON Lines or a JSON array of statements`);
  v.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) collector.error(null, `record #${i + 1} is not a JSON object; skipped`);
    else if (!collector.add(item as Record<string, unknown>, null)) {
      const last = collector.errors[collector.errors.length - 1];
      if (last && last.line === null && !last.message.startsWith('record #')) last.message = `record #${i + 1}: ${last.message}`;
    }
  });
  return collector.report('jsonl');
}

export function importJsonl(fileName: string, content: string, collector = new Collector(fileName)): ImportReport {
  if (content.trimStart().startsWith('[')) return importJsonArray(content, collector);
  const reader = new JsonlReader(collector);
  let lineNo = 0;
  let start = 0;
  while (start <= content.length) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    lineNo++;
    if (!reader.line(content.slice(start, end), lineNo)) break;
    start = end + 1;
  }
  return reader.finish();
}
