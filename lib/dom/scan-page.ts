import { detectInPage } from '../pipeline';
import type { DetectedQuote } from '../types';
import { findArticleRoot } from './article-root';
import { buildTextMap, type TextMap } from './text-map';

export interface PageScan {
  root: Element;
  map: TextMap;
  quotes: DetectedQuote[];
}

/** The same pipeline for the content script and the command-line scanner: root, text, quotes. */
export function scanDocument(doc: Document): PageScan {
  const root = findArticleRoot(doc);
  const map = buildTextMap(root);
  return { root, map, quotes: detectInPage(map.text) };
}
