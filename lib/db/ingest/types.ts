/** What an ingest run counts, so dropped material is reported, never silently lost. */
export class IngestStats {
  documents = 0;
  records = 0;
  /** Records per speaker (full name). */
  readonly speakers = new Map<string, number>();
  /** Turn labels dropped because they name no one (Q, MODERATOR, AUDIENCE MEMBER...), with counts. */
  readonly genericLabels = new Map<string, number>();
  /** Turn labels that name someone the tables and the document could not resolve. */
  readonly unknownLabels = new Map<string, number>();
  /** Documents not ingested, by reason (fact sheets, proclamations, announcements...). */
  readonly skipped = new Map<string, number>();

  count(map: Map<string, number>, key: string, n = 1): void {
    map.set(key, (map.get(key) ?? 0) + n);
  }

  /** Human summary, the largest entries of each map first. */
  summary(top = 15): string {
    const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v}`).join(', ');
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return [
      `documents ${this.documents}, records ${this.records}`,
      `speakers (${this.speakers.size}): ${list(this.speakers)}`,
      `generic labels dropped (${total(this.genericLabels)} turns): ${list(this.genericLabels)}`,
      `unknown labels dropped (${total(this.unknownLabels)} turns, ${this.unknownLabels.size} labels): ${list(this.unknownLabels)}`,
      `documents skipped (${total(this.skipped)}): ${list(this.skipped)}`,
    ].join('\n');
  }
}
