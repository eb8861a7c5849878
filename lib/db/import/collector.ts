/**
 * Validates raw records into statements: fills the importer's defaults (origin, a stable id),
 * skips and reports bad records with their line, refuses duplicate ids. Shared by every format.
 */
import type { Statement } from '../../types';
import { hashString } from '../../match/tokens';
import { validateStatement } from '../schema';
import { MAX_REPORTED_ERRORS, type ImportError, type ImportReport } from './types';

/** A stable id for a record that has none: prefix + hash of what identifies it. */
export function makeId(prefix: string, ...parts: (string | null | undefined)[]): string {
  const key = parts.map((p) => p ?? '').join('\u0001');
  const h1 = hashString(key).toString(36);
  const h2 = hashString(`${key}\u0002`).toString(36);
  return `${prefix}:${h1}${h2}`;
}

/**
 * Ids seen so far, across files: a 53-bit hash of the id to where it was first seen. About
 * 40 bytes an id, whatever the ids' length, so a check of a multi-GB file stays bounded.
 */
export class IdRegistry {
  private readonly first = new Map<number, number>();
  private readonly files: string[] = [];

  private key(id: string): number {
    return hashString(id) * 2 ** 21 + (hashString(`\u0003${id}`) >>> 11);
  }

  /** Where the id was first seen, or null after recording it now. */
  claim(id: string, file: string, line: number | null): string | null {
    const k = this.key(id);
    const at = this.first.get(k);
    if (at !== undefined) {
      const f = this.files[Math.floor(at / 2 ** 32)];
      const l = at % 2 ** 32;
      return l ? `${f} line ${l}` : f;
    }
    let fi = this.files.lastIndexOf(file);
    if (fi < 0) fi = this.files.push(file) - 1;
    this.first.set(k, fi * 2 ** 32 + (line ?? 0));
    return null;
  }
}

export class Collector {
  readonly statements: Statement[] = [];
  readonly errors: ImportError[] = [];
  private dropped = 0;

  constructor(
    readonly fileName: string,
    /** Shared across files in one build so a duplicate in a second file is caught too. */
    private readonly seen: IdRegistry = new IdRegistry(),
  ) {}

  error(line: number | null, message: string): void {
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ line, message });
    else this.dropped++;
  }

  /** Validates one raw record; returns the statement or null (error recorded). */
  add(raw: Record<string, unknown>, line: number | null, defaults: { origin?: string; idPrefix?: string } = {}): Statement | null {
    const r = { ...raw };
    if (r.origin === undefined || r.origin === null || r.origin === '') r.origin = defaults.origin ?? `imported from ${this.fileName}`;
    if (r.id === undefined || r.id === null || r.id === '') {
      r.id = makeId(defaults.idPrefix ?? 'imp', String(r.text ?? ''), String(r.speaker ?? ''), String(r.date ?? ''));
    }
    const v = validateStatement(r);
    if (!v.ok) {
      this.error(line, `${v.error}${typeof r.id === 'string' ? ` (id ${JSON.stringify(r.id.slice(0, 60))})` : ''}`);
      return null;
    }
    const prev = this.seen.claim(v.value.id, this.fileName, line);
    if (prev !== null) {
      this.error(line, `duplicate id ${JSON.stringify(v.value.id)} (first in ${prev}); skipped`);
      return null;
    }
    this.statements.push(v.value);
    return v.value;
  }

  report(format: string, refused: string | null = null): ImportReport {
    const errors = this.dropped ? [...this.errors, { line: null, message: `${this.dropped} more errors not listed` }] : this.errors;
    if (refused) return { format, statements: [], errors, refused };
    return { format, statements: this.statements, errors, refused: null };
  }
}
