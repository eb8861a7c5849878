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
 * Ids seen so far, across files: a 53-bit hash of each id and where it was first seen, in an
 * open-addressing table of typed arrays (16 bytes a slot, at most half full), so checking a file
 * of millions of records stays bounded: no string is kept per id.
 */
export class IdRegistry {
  private keys = new Float64Array(1 << 12);
  private where = new Float64Array(1 << 12);
  private size = 0;
  private readonly files: string[] = [];

  private key(id: string): number {
    // + 1: zero marks an empty slot.
    return hashString(id) * 2 ** 21 + (hashString(`\u0003${id}`) >>> 11) + 1;
  }

  private slot(k: number, keys: Float64Array): number {
    const mask = keys.length - 1;
    let i = (k % 2 ** 31) & mask;
    while (keys[i] !== 0 && keys[i] !== k) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys, oldWhere = this.where;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.where = new Float64Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === 0) continue;
      const j = this.slot(oldKeys[i], this.keys);
      this.keys[j] = oldKeys[i];
      this.where[j] = oldWhere[i];
    }
  }

  /** Where the id was first seen, or null after recording it now. */
  claim(id: string, file: string, line: number | null): string | null {
    const k = this.key(id);
    let i = this.slot(k, this.keys);
    if (this.keys[i] === k) {
      const at = this.where[i];
      const f = this.files[Math.floor(at / 2 ** 32)];
      const l = at % 2 ** 32;
      return l ? `${f} line ${l}` : f;
    }
    if ((this.size + 1) * 2 > this.keys.length) {
      this.grow();
      i = this.slot(k, this.keys);
    }
    let fi = this.files.lastIndexOf(file);
    if (fi < 0) fi = this.files.push(file) - 1;
    this.keys[i] = k;
    this.where[i] = fi * 2 ** 32 + (line ?? 0);
    this.size++;
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
