import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../../lib/db/import/collector';

describe('IdRegistry', () => {
  it('finds every duplicate across table growth and files, and reports where the first was', () => {
    const reg = new IdRegistry();
    for (let i = 0; i < 50_000; i++) expect(reg.claim(`id:${i}`, 'a.jsonl', i + 1)).toBeNull();
    for (let i = 0; i < 50_000; i += 997) expect(reg.claim(`id:${i}`, 'b.jsonl', 3)).toBe(`a.jsonl line ${i + 1}`);
    expect(reg.claim('fc:x', 'api.json', null)).toBeNull();
    expect(reg.claim('fc:x', 'b.jsonl', 9)).toBe('api.json');
    expect(reg.claim('id:50000', 'b.jsonl', 4)).toBeNull();
  });
});
