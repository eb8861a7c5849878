import { detectInPage } from '../pipeline';
import type { DetectedQuote } from '../types';
import { findArticle } from './article-root';
import { buildTextMap, type TextMap } from './text-map';

export interface PageScan {
  root: Element;
  map: TextMap;
  quotes: DetectedQuote[];
}

/** The same pipeline for the content script and the command-line scanner: root, text, quotes. */
export function scanDocument(doc: Document): PageScan {
  const { root, skip } = findArticle(doc);
  const map = buildTextMap(root, skip);
  return { root, map, quotes: detectInPage(map.text) };
}
