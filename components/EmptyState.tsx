import type { ComponentChildren } from 'preact';

/** A calm "nothing here" message: what is true, and what the reader can do about it. */
export function EmptyState(props: { title: string; hint?: string; testid?: string; children?: ComponentChildren }) {
  return (
    <div class="qt-empty" data-testid={props.testid ?? 'empty'}>
      <p class="qt-empty__title">{props.title}</p>
      {props.hint && <p>{props.hint}</p>}
      {props.children && <div class="qt-empty__action">{props.children}</div>}
    </div>
  );
}
