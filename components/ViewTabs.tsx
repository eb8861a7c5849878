import type { ComponentChildren } from 'preact';

export interface ViewTab<K extends string> {
  key: K;
  label: ComponentChildren;
}

/** ARIA tabs: arrow keys move between them, each controls the panel with id `qt-view-<key>`. */
export function ViewTabs<K extends string>(props: { tabs: ViewTab<K>[]; current: K; onChange: (key: K) => void; label: string }) {
  const { tabs, current, onChange, label } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.key === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length];
    onChange(next.key);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#qt-tab-${next.key}`)?.focus();
  };
  return (
    <div class="qt-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={`qt-tab-${tab.key}`}
          data-testid={`view-${tab.key}`}
          aria-selected={tab.key === current}
          aria-controls={`qt-view-${tab.key}`}
          tabIndex={tab.key === current ? 0 : -1}
          class="qt-tabs__tab"
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
