/**
 * Statement validation and normalisation: every record from any source passes here before it
 * reaches a pack. Text fields are trimmed and stripped of markup, links kept only when http(s),
 * dates normalised to ISO YYYY[-MM[-DD]], aliases made an array, keys put in canonical order.
 */
import type { Statement, VerdictScale } from '../types';
import { normalizeDate } from './dates';
import { cleanText, safeUrl, stripTags } from './sanitize';

export type Validation = { ok: true; value: Statement } | { ok: false; error: string };

/** Field order of a canonical record (data/ lint and packs write keys in this order). */
export const STATEMENT_KEYS = [
  'id', 'text', 'textKind', 'quotedSpans', 'speaker', 'speakerAliases', 'speakerRole',
  'speakerIsAggregate', 'date', 'context', 'sourceUrl', 'verdict', 'verdictScale', 'verdictScore',
  'factChecker', 'factCheckUrl', 'lang', 'origin', 'licence',
  // Appended, not inserted: packs store fields by position, so older packs still decode.
  'contextBefore', 'contextAfter', 'attribution',
] as const;

/** Longest accepted statement text; longer is a document, not a statement. */
export const MAX_TEXT_CHARS = 5000;
/** Longest accepted surrounding sentence (contextBefore / contextAfter). */
const MAX_CONTEXT_CHARS = 1000;
/** Longest accepted short field (names, contexts, verdicts). */
const MAX_FIELD_CHARS = 500;
/** How much longer than its limit a field may be before markup is stripped from it. */
const MAX_MARKUP_FACTOR = 10;
const TEXT_KINDS = ['verbatim', 'partial', 'paraphrase', 'readout'] as const;
const SCALES: VerdictScale[] = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'pants-on-fire', 'misleading', 'unverifiable'];

class Invalid extends Error {}

function str(v: unknown, field: string, max = MAX_FIELD_CHARS): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && field !== 'text') v = String(v);
  if (typeof v !== 'string') throw new Invalid(`${field} must be a string`);
  // Markup may shrink a field a lot, but not past this: refuse before doing any work on it.
  if (v.length > max * MAX_MARKUP_FACTOR) throw new Invalid(`${field} is longer than ${max} characters`);
  const s = cleanText(stripTags(v));
  if (s.length > max) throw new Invalid(`${field} is longer than ${max} characters`);
  return s || undefined;
}

function strList(v: unknown, field: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const items = typeof v === 'string' ? v.split(/[;|]/) : v;
  if (!Array.isArray(items)) throw new Invalid(`${field} must be an array of strings`);
  const out: string[] = [];
  for (const item of items) {
    const s = str(item, field);
    if (s && !out.includes(s)) out.push(s);
  }
  return out.length ? out : undefined;
}

function url(v: unknown, field: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new Invalid(`${field} must be a string`);
  return safeUrl(v) ?? undefined; // non-http(s) links are dropped, not fatal
}

function validateInto(r: Record<string, unknown>): Statement {
  const id = str(r.id, 'id', 200);
  if (!id) throw new Invalid('id is required');
  const text = str(r.text, 'text', MAX_TEXT_CHARS);
  if (!text) throw new Invalid('text is required');
  const origin = str(r.origin, 'origin');
  if (!origin) throw new Invalid('origin is required');
  if (r.speaker !== null && r.speaker !== undefined && typeof r.speaker !== 'string') throw new Invalid('speaker must be a string or null');
  const textKind = r.textKind ?? undefined;
  if (textKind !== undefined && !TEXT_KINDS.includes(textKind as never)) throw new Invalid(`textKind must be one of ${TEXT_KINDS.join(', ')}`);
  let date: string | null = null;
  if (r.date !== undefined && r.date !== null && r.date !== '') {
    if (typeof r.date !== 'string' && typeof r.date !== 'number') throw new Invalid('date must be a string');
    date = normalizeDate(String(r.date));
    if (!date) throw new Invalid(`date "${String(r.date).slice(0, 40)}" is not ISO YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const verdictScale = r.verdictScale ?? undefined;
  if (verdictScale !== undefined && !SCALES.includes(verdictScale as VerdictScale)) throw new Invalid(`verdictScale must be one of ${SCALES.join(', ')}`);
  let verdictScore: number | undefined;
  if (r.verdictScore !== undefined && r.verdictScore !== null) {
    verdictScore = Number(r.verdictScore);
    if (!Number.isFinite(verdictScore) || verdictScore < 0 || verdictScore > 5) throw new Invalid('verdictScore must be a number 0..5');
  }
  if (r.speakerIsAggregate !== undefined && typeof r.speakerIsAggregate !== 'boolean') throw new Invalid('speakerIsAggregate must be a boolean');
  const quotedSpans = strList(r.quotedSpans, 'quotedSpans');
  const lang = str(r.lang, 'lang', 35);
  if (lang && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang)) throw new Invalid('lang must be a BCP 47 tag');
  const s: Statement = {
    id, text,
    textKind: textKind as Statement['textKind'],
    quotedSpans,
    speaker: str(r.speaker, 'speaker') ?? null,
    speakerAliases: strList(r.speakerAliases, 'speakerAliases'),
    speakerRole: str(r.speakerRole, 'speakerRole'),
    speakerIsAggregate: r.speakerIsAggregate === true ? true : undefined,
    date,
    context: str(r.context, 'context') ?? null,
    sourceUrl: url(r.sourceUrl, 'sourceUrl') ?? null,
    verdict: str(r.verdict, 'verdict'),
    verdictScale: verdictScale as VerdictScale | undefined,
    verdictScore,
    factChecker: str(r.factChecker, 'factChecker'),
    factCheckUrl: url(r.factCheckUrl, 'factCheckUrl'),
    lang,
    origin,
    licence: str(r.licence, 'licence'),
    contextBefore: str(r.contextBefore, 'contextBefore', MAX_CONTEXT_CHARS),
    contextAfter: str(r.contextAfter, 'contextAfter', MAX_CONTEXT_CHARS),
    attribution: str(r.attribution, 'attribution'),
  };
  return canonicalStatement(s);
}

/** Validates and normalises one raw record. */
export function validateStatement(raw: unknown): Validation {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'record is not a JSON object' };
  try {
    return { ok: true, value: validateInto(raw as Record<string, unknown>) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** Returns the statement with keys in {@link STATEMENT_KEYS} order and absent fields omitted. */
export function canonicalStatement(s: Statement): Statement {
  const out: Record<string, unknown> = {};
  for (const k of STATEMENT_KEYS) {
    const v = (s as unknown as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as unknown as Statement;
}
