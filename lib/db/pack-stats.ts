/**
 * What a pack holds, in a few numbers the options page shows: date range, records per source
 * (origin) and per licence, and how many are not quotations. Counted while the pack is written
 * (PackWriter.add), stored in its header, so the options page never needs the records.
 */
import type { Statement } from '../types';

export interface Tally {
  name: string;
  count: number;
}

export interface PackStats {
  /** Earliest and latest statement date (ISO, as precise as the records give it). */
  dateFrom: string | null;
  dateTo: string | null;
  /** Records per origin and per licence ('' = none stated), most first, at most MAX_LISTED each. */
  origins: Tally[];
  licences: Tally[];
  /** Records that are no quotation: readouts and paraphrases. */
  paraphrases: number;
}

/** Sources and licences listed per pack; a pack of hundreds of files lists its largest. */
const MAX_LISTED = 12;

export class PackStatsBuilder {
  private dateFrom: string | null = null;
  private dateTo: string | null = null;
  private readonly origins = new Map<string, number>();
  private readonly licences = new Map<string, number>();
  private paraphrases = 0;

  add(s: Statement): void {
    if (s.date) {
      if (this.dateFrom === null || s.date < this.dateFrom) this.dateFrom = s.date;
      if (this.dateTo === null || s.date > this.dateTo) this.dateTo = s.date;
    }
    this.origins.set(s.origin, (this.origins.get(s.origin) ?? 0) + 1);
    const licence = s.licence ?? '';
    this.licences.set(licence, (this.licences.get(licence) ?? 0) + 1);
    const kind = s.textKind as string | undefined;
    if (kind === 'paraphrase' || kind === 'readout') this.paraphrases++;
  }

  finish(): PackStats {
    const top = (m: Map<string, number>) => [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, MAX_LISTED);
    return { dateFrom: this.dateFrom, dateTo: this.dateTo, origins: top(this.origins), licences: top(this.licences), paraphrases: this.paraphrases };
  }
}

/** The stats of statements already in memory (an import, a test). */
export function statsOf(statements: Iterable<Statement>): PackStats {
  const b = new PackStatsBuilder();
  for (const s of statements) b.add(s);
  return b.finish();
}
