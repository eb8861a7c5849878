/**
 * The shapes that cross module and context boundaries. Plain JSON only:
 * these travel between the page, the service worker and the UIs.
 */

/** Schema version of {@link Statement}; bump when a field changes meaning. */
export const STATEMENT_SCHEMA_VERSION = 1;

export type VerdictScale =
  | 'true'
  | 'mostly-true'
  | 'half-true'
  | 'mostly-false'
  | 'false'
  | 'pants-on-fire'
  | 'misleading'
  | 'unverifiable';

/** One attributed statement in a database (bundled, imported or compiled into a pack). */
export interface Statement {
  id: string;
  text: string;
  /**
   * verbatim: whole text is the quotation; partial: paraphrase with quotedSpans; paraphrase: none;
   * readout: an office's third-person account of a call or meeting ("Emmanuel Macron noted that
   * ..."), credited to the party it reports, not a quotation.
   */
  textKind?: 'verbatim' | 'partial' | 'paraphrase' | 'readout';
  quotedSpans?: string[];
  speaker: string | null;
  speakerAliases?: string[];
  speakerRole?: string;
  /** Pseudo-speakers such as "Facebook posts" or "Viral image". */
  speakerIsAggregate?: boolean;
  /** ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  /** Venue, medium or event: "interview with the BBC", "a tweet". */
  context: string | null;
  sourceUrl?: string | null;
  verdict?: string;
  verdictScale?: VerdictScale;
  /** 5 = true … 0 = pants on fire. */
  verdictScore?: number;
  factChecker?: string;
  factCheckUrl?: string;
  /** BCP 47 language tag, "en" when absent. */
  lang?: string;
  origin: string;
  licence?: string;
  /** The sentence said just before the statement (a transcript's context; may carry a "Question: " label). */
  contextBefore?: string;
  /** The sentence said just after. */
  contextAfter?: string;
  /** Credit the licence requires to be shown with the record (CC BY: source and licence). */
  attribution?: string;
}

export type QuoteKind = 'direct' | 'partial' | 'block';

/** Why a speaker was chosen: the cue and the mention the attribution used. */
export interface AttributionEvidence {
  /** The reporting cue as written: "told", "said", "according to", ":" … */
  cue: string | null;
  /** The mention the speaker was resolved from, as written: "Stoltenberg", "he", "the ambassador". */
  mention: string | null;
  /** How it was resolved: direct name, surname, pronoun, role noun, carried over from an earlier quote. */
  method: 'name' | 'surname' | 'pronoun' | 'role' | 'carry' | 'organisation' | 'none';
  /** The speaker is a person or organisation the text names (not "a spokeswoman", "the report"). */
  named?: boolean;
  /** People and organisations the text names around the quote (fullest names, nearest first). */
  others?: string[];
}

/** A quote found in a text. Offsets are UTF-16 into the text, end exclusive, quote marks excluded. */
export interface DetectedQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The fullest name the text gives, or null when the text names no speaker. */
  speaker: string | null;
  /** 0..1: how sure the attribution is. */
  confidence: number;
  cue: string | null;
  evidence: AttributionEvidence;
  /** Venue or medium the text states near the quote ("Sky News", "a tweet"), when found. */
  context?: string | null;
}

/**
 * reworded: the speaker's record says the same in other words (translated speech), never an alteration.
 * readout: the words match an office's readout (its third-person summary), not a quotation: never verified.
 */
export type MatchStatus = 'verified' | 'altered' | 'reworded' | 'readout' | 'misattributed' | 'unmatched';

/** One word-level edit between the page's words and the record's. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  /** Words as on the page (absent for delete-from-record). */
  page?: string;
  /** Words as in the record (absent for insertions on the page). */
  record?: string;
}

/** What the matcher is asked: one quote and the speaker the page names. */
export interface MatchQuery {
  id: string;
  text: string;
  speaker: string | null;
  /** The page's date (ISO), when known: a reworded match needs a record from a few days before it. */
  date?: string | null;
  /**
   * How sure the page's attribution is (calibrated probability) and whether it names a person or
   * organisation. Absent: the speaker was given by hand and is trusted. A weak or unnamed
   * attribution never calls a record's speaker wrong.
   */
  speakerConfidence?: number;
  speakerNamed?: boolean;
  /** Whom the page names around the quote: when the record's speaker is among them, no accusation. */
  nearbySpeakers?: string[];
}

export interface MatchResult {
  status: MatchStatus;
  /** The best statement, absent when unmatched. */
  statement: Statement | null;
  /** 0..1 calibrated match score. */
  score: number;
  /** Word diff, present when altered. */
  diff?: DiffOp[];
  /**
   * The record credits another speaker, but the page's attribution is too weak (or names no one)
   * to call it a misattribution: the card says neutrally who the record credits.
   */
  speakerUnchecked?: boolean;
}
