import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../lib/text/mojibake';
import { detectInText } from '../../../lib/pipeline';

describe('repairMojibake', () => {
  it('decodes UTF-8 that was read as Latin-1 or Windows-1252, once or twice', () => {
    expect(repairMojibake('FranÃ§ois Hollande')).toBe('François Hollande');
    expect(repairMojibake('Enrique PeÃ±a Nieto')).toBe('Enrique Peña Nieto');
    expect(repairMojibake('Arturo SarukhÃ\u0083Â¡n')).toBe('Arturo Sarukhán');
    // the same, decomposed (NFD), as some pages and corpora carry it
    expect(repairMojibake('Arturo SarukhA\u0303\u0083A\u0302\u00a1n')).toBe('Arturo Sarukhán');
    expect(repairMojibake('Ana MarÃ\u00ada')).toBe('Ana María');
  });

  it('leaves correct text, and anything that is not valid UTF-8 once re-encoded, unchanged', () => {
    for (const s of ['Jane Holt', 'José Ruiz', 'SÃO PAULO', 'Ã€ bientôt', 'Москва', '']) expect(repairMojibake(s)).toBe(s);
  });
});

describe('a mis-encoded page', () => {
  it('keeps a mojibake name whole and shows it repaired', () => {
    const [q] = detectInText('“We will not give in,” said President FranÃ§ois Hollande on Friday.');
    expect(q.speaker).toBe('François Hollande');
  });

  it('resolves a later surname of a decomposed mojibake name to the full name', () => {
    const text = 'Arturo SarukhA\u0303\u0083A\u0302\u00a1n, the ambassador, spoke on Monday. “We are ready,” SarukhA\u0303\u0083A\u0302\u00a1n said.';
    const [q] = detectInText(text);
    expect(q.speaker).toBe('Arturo Sarukhán');
  });
});
