/**
 * A record's licence in a reader's words: the SPDX ids the ingesters write ("CC-BY-4.0") become
 * the short name a credit line uses ("CC BY 4.0") with the licence's own page; any other licence
 * text is shown as written, never linked (a link is built only from this table, not from a record).
 */

export interface LicenceLabel {
  /** Short name for a credit line: "CC BY 4.0". */
  label: string;
  /** The licence's deed, when the licence is a known one. */
  url: string | null;
}

const CC = 'https://creativecommons.org';
const KNOWN: Record<string, LicenceLabel> = {
  'cc-by-4.0': { label: 'CC BY 4.0', url: `${CC}/licenses/by/4.0/` },
  'cc-by-sa-4.0': { label: 'CC BY-SA 4.0', url: `${CC}/licenses/by-sa/4.0/` },
  'cc-by-3.0': { label: 'CC BY 3.0', url: `${CC}/licenses/by/3.0/` },
  'cc0-1.0': { label: 'CC0 1.0', url: `${CC}/publicdomain/zero/1.0/` },
  'cc-pdm-1.0': { label: 'Public Domain Mark 1.0', url: `${CC}/publicdomain/mark/1.0/` },
  'odc-by-1.0': { label: 'ODC-By 1.0', url: 'https://opendatacommons.org/licenses/by/1-0/' },
};

/** An SPDX-like id alone ("CC-BY-4.0", "cc by 4.0"), or a known id opening a longer text. */
const ID_RE = /^(?:record\s+)?(cc[\s-]?by(?:[\s-]sa)?[\s-]\d\.\d|cc0[\s-]1\.0|cc[\s-]pdm[\s-]1\.0|odc[\s-]by[\s-]1\.0)\b/i;

/** The label and deed of a licence; null when the record states none. */
export function describeLicence(licence: string | null | undefined): LicenceLabel | null {
  const text = licence?.trim();
  if (!text) return null;
  const m = ID_RE.exec(text);
  if (m) {
    const id = m[1].toLowerCase().replace(/\s+/g, '-');
    const known = KNOWN[id];
    // The whole text is the id: the short name says it all. A longer text keeps its own words.
    if (known && m[0].length === text.length) return known;
    if (known) return { label: text, url: known.url };
  }
  return { label: text, url: null };
}

/**
 * The credit a licence asks for, without the record's own address in it (the card links to the
 * source already): "Source: President of Russia, kremlin.ru. Licensed under ...".
 */
export function creditText(attribution: string | null | undefined, sourceUrl: string | null | undefined): string | null {
  let text = attribution?.trim();
  if (!text) return null;
  if (sourceUrl) text = text.split(` (${sourceUrl})`).join('').split(sourceUrl).join('').replace(/\s+([.,;])/g, '$1').trim();
  return text || null;
}
