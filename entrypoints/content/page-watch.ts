/**
 * One MutationObserver over every tree the scanner reads: the page, open shadow roots (mutations
 * inside a shadow tree are not seen from the document) and same-origin frame documents.
 */
const OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageWatch {
  watch(node: Node): void;
  /** Records queued since the last call (the page's, or ours to discard). */
  take(): MutationRecord[];
  disconnect(): void;
}

export function createPageWatch(onRecords: (records: MutationRecord[]) => void): PageWatch {
  const observer = new MutationObserver(onRecords);
  const watched = new Set<Node>();
  return {
    watch(node) {
      if (watched.has(node)) return;
      watched.add(node);
      observer.observe(node, OPTIONS);
    },
    take: () => observer.takeRecords(),
    disconnect() {
      observer.disconnect();
      watched.clear();
    },
  };
}
