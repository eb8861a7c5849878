import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/** A fresh container in the document for each test, unmounted and removed after it. */
export function mountEach(onMount: (el: HTMLElement) => void) {
  let el: HTMLElement;
  beforeEach(() => {
    el = document.createElement('div');
    document.body.append(el);
    onMount(el);
  });
  afterEach(() => {
    render(null, el);
    el.remove();
  });
}
