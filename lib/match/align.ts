/**
 * Word alignment of a page quote against one record unit: the quote must be used whole, the
 * record may be entered and left anywhere (a quote is usually a window of a statement). Words
 * skipped at an ellipsis are a cut; [bracketed] words are editorial. Neither counts as a change.
 */
import type { DiffOp } from '../types';
import type { QueryToken } from './tokens';

export interface Alignment {
  /** Page words equal to the record's. */
  matches: number;
  /** Counted changes: substituted, added on the page, dropped from the record (not at a cut). */
  subs: number;
  ins: number;
  dels: number;
  /** Of ins: page words before the first or after the last word shared with the record. */
  edgeIns: number;
  /** Record words the quote spans (first..last aligned, end exclusive). */
  recordStart: number;
  recordEnd: number;
  ops: DiffOp[];
}

const DIAG = 1, UP = 2, LEFT = 3;
/** A page word changed or added costs more than a record word dropped: of equal-edit paths, keep the one with more equal words. */
const SUB_COST = 3, INS_COST = 3, DEL_COST = 2;

interface RawOp { op: DiffOp['op']; page?: string; part?: number; record?: string }

/** rRaw: the record's words as written, index for index with r (the diff shows them). */
export function align(q: QueryToken[], r: string[], rRaw: string[] = r): Alignment {
  const n = q.length, m = r.length, W = m + 1;
  const cost = new Int32Array((n + 1) * W);
  const dir = new Uint8Array((n + 1) * W);
  for (let j = 1; j <= m; j++) dir[j] = LEFT; // free leading record words
  for (let i = 1; i <= n; i++) {
    const t = q[i - 1];
    const insCost = t.editorial ? 0 : INS_COST;
    // Dropping record words before q[i] is free at the quote's end or right after an ellipsis.
    const delCost = i === n || (i < n && q[i].cutBefore) ? 0 : DEL_COST;
    const row = i * W, prev = row - W;
    cost[row] = cost[prev] + insCost;
    dir[row] = UP;
    for (let j = 1; j <= m; j++) {
      const same = t.w === r[j - 1];
      let best = cost[prev + j - 1] + (same || t.editorial ? 0 : SUB_COST);
      let d = DIAG;
      const up = cost[prev + j] + insCost;
      if (up < best) { best = up; d = UP; }
      const left = cost[row + j - 1] + delCost;
      if (left < best) { best = left; d = LEFT; }
      cost[row + j] = best;
      dir[row + j] = d;
    }
  }
  // Trace back from the end of the best row-n cell.
  let j = 0;
  for (let k = 1; k <= m; k++) if (cost[n * W + k] < cost[n * W + j]) j = k;
  const raw: RawOp[] = [];
  let i = n;
  let recordEnd = j;
  let matches = 0, subs = 0, ins = 0, dels = 0;
  while (i > 0 || j > 0) {
    const d = i === 0 ? LEFT : dir[i * W + j];
    if (d === DIAG) {
      const t = q[i - 1];
      if (t.w === r[j - 1]) { matches++; raw.push({ op: 'equal', page: t.raw, part: t.part, record: rRaw[j - 1] }); }
      else { if (!t.editorial) subs++; raw.push({ op: 'replace', page: t.raw, part: t.part, record: rRaw[j - 1] }); }
      i--; j--;
    } else if (d === UP) {
      const t = q[i - 1];
      if (!t.editorial) ins++;
      raw.push({ op: 'insert', page: t.raw, part: t.part });
      i--;
    } else {
      if (i === 0) break; // leading record words before the quote
      const free = i === n || (i < n && q[i].cutBefore);
      if (i === n) recordEnd = j - 1;
      else if (!free) dels++;
      if (!free) raw.push({ op: 'delete', record: rRaw[j - 1] });
      j--;
    }
  }
  raw.reverse();
  let edgeIns = 0;
  for (let k = 0; k < raw.length && raw[k].op === 'insert'; k++) edgeIns++;
  for (let k = raw.length - 1; k >= 0 && raw[k].op === 'insert' && edgeIns < raw.length; k--) edgeIns++;
  return { matches, subs, ins, dels, edgeIns, recordStart: j, recordEnd, ops: mergeOps(raw) };
}

/** Joins runs of the same op; a quote's raw word spans one op even when it holds two tokens. */
function mergeOps(raw: RawOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let lastPart = -1;
  for (const o of raw) {
    const prev = out[out.length - 1];
    const page = o.part !== undefined && o.part === lastPart ? undefined : o.page;
    if (o.part !== undefined) lastPart = o.part;
    if (prev && prev.op === o.op) {
      if (page !== undefined) prev.page = prev.page ? `${prev.page} ${page}` : page;
      if (o.record !== undefined) prev.record = prev.record ? `${prev.record} ${o.record}` : o.record;
    } else {
      const op: DiffOp = { op: o.op };
      if (page !== undefined) op.page = page;
      if (o.record !== undefined) op.record = o.record;
      out.push(op);
    }
  }
  return out;
}
