import { browser } from 'wxt/browser';

/**
 * Stands in for WXT's ContentScriptContext in the content script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's own context announces itself to the page with a
 * `<extension id>:content:wxt:content-script-started` event (and a postMessage), and tears itself
 * down when the page dispatches that event: a hostile page could fingerprint the extension and
 * switch it off. This one says nothing to the page and is invalidated only from inside: when the
 * extension is gone (runtime id lost) or the script stops itself. Same API as the parts of WXT's
 * context that this project uses.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown) {
    this.controller.abort(reason);
  }

  notifyInvalidated() {
    if (!this.signal.aborted) this.controller.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => !this.signal.aborted && callback(d), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Plain listeners, removed on invalidation. No `wxt:*` event names: nothing the page can fire. */
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions) {
    if (type.startsWith('wxt:')) throw new Error(`QuoteTrace: ${type} is not supported (the page could dispatch it)`);
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
