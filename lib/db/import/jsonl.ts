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

export function importJsonl(fileName: string, content: string, collector = new Collector(fileName)): ImportReport {
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
