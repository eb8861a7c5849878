import type { ContentScriptContext } from './quiet-context';
import { type Article, findArticleSteps } from '../../lib/dom/article-root';
import { frameDocument, listUnitsSteps } from '../../lib/dom/scan-units';

/**
 * The page's scan units across the top document and its same-origin frames. Frames are read from
 * the top frame (iframe.contentDocument) rather than by a content script in each frame: one scan,
 * one message, one set of per-tab results and one hover card, with no frame-to-frame messaging.
 * Cross-origin frames are not readable and are left alone.
 */
export interface PageUnits {
  units: Element[];
  /** Per unit: 0 for the page, 1.. for each frame (detection context never crosses groups). */
  groups: number[];
  roots: Set<Element>;
  unitSet: Set<Element>;
  frameDocs: () => Document[];
}

/** Frames read per page, nested ones included: bounds the work a page of frames can cause. */
const MAX_FRAMES = 16;

const seenFrames = new WeakSet<HTMLIFrameElement>();

/** Runs a step generator, yielding to the page between steps when the slice is spent. */
export type Drive = <T>(steps: Generator<void, T>) => Promise<T>;

export async function collectUnits(
  ctx: ContentScriptContext,
  doc: Document,
  topArticle: Article,
  drive: Drive,
  hooks: { watch: (n: Node) => void; onFrame: (d: Document) => void; onFrameLoad: () => void },
): Promise<PageUnits> {
  const units: Element[] = [];
  const groups: number[] = [];
  const roots = new Set<Element>();
  const docs: Document[] = [];
  const queue: { article: Article; tree: Node }[] = [{ article: topArticle, tree: doc.body ?? doc.documentElement }];
  for (let g = 0; g < queue.length && g <= MAX_FRAMES; g++) {
    const { article, tree } = queue[g];
    roots.add(article.root);
    hooks.watch(tree);
    const listing = await drive(listUnitsSteps(article.root, article.skip));
    for (const u of listing.units) {
      units.push(u);
      groups.push(g);
    }
    for (const s of listing.shadowRoots) hooks.watch(s);
    for (const frame of listing.frames) {
      const fdoc = frameDocument(frame);
      if (!fdoc) continue;
      if (!seenFrames.has(frame)) {
        seenFrames.add(frame);
        // A frame that navigates gets a new document: read it again.
        ctx.addEventListener(frame, 'load', hooks.onFrameLoad);
      }
      docs.push(fdoc);
      hooks.onFrame(fdoc);
      queue.push({ article: await drive(findArticleSteps(fdoc)), tree: fdoc.documentElement });
    }
  }
  return { units, groups, roots, unitSet: new Set(units), frameDocs: () => docs };
}
