/** Reads the encoded index in place (see index-build.ts); nothing is decoded at load. */
import { readDeltaVarints, readFixed, type PackChars } from './b64';

export class PostingsIndex {
  private readonly mask: number;

  constructor(
    private readonly src: PackChars,
    private readonly bucketsAt: number,
    private readonly postingsAt: number,
    private readonly bucketBits: number,
    private readonly offsetWidth: number,
  ) {
    this.mask = 2 ** bucketBits - 1;
  }

  /** Character range of a key's bucket in the postings (its length approximates the cost). */
  range(key: number): [number, number] {
    const b = key & this.mask;
    return [
      this.postingsAt + readFixed(this.src, this.bucketsAt, b, this.offsetWidth),
      this.postingsAt + readFixed(this.src, this.bucketsAt, b + 1, this.offsetWidth),
    ];
  }

  /** Calls visit with every statement number in the range. */
  visit(range: [number, number], visit: (n: number) => void): number {
    return readDeltaVarints(this.src, range[0], range[1], visit);
  }
}
