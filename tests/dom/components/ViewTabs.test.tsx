import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { ViewTabs } from '../../../components/ViewTabs';

function Harness() {
  const [current, setCurrent] = useState<'a' | 'b' | 'c'>('a');
  return (
    <ViewTabs
      label="Views"
      current={current}
      onChange={setCurrent}
      tabs={[
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
        { key: 'c', label: 'C' },
      ]}
    />
  );
}

describe('ViewTabs', () => {
  it('is a tablist moved through with the arrow keys, one tab in the tab order', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Harness />, root));
    const selected = () => root.querySelector('[aria-selected="true"]')!.textContent;
    const key = (k: string) => act(() => void root.querySelector('[role="tablist"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    expect(selected()).toBe('A');
    expect([...root.querySelectorAll('[role="tab"]')].map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    await key('ArrowRight');
    expect(selected()).toBe('B');
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(selected()).toBe('C');
    expect(root.querySelector('#qt-tab-c')!.getAttribute('aria-controls')).toBe('qt-view-c');
    render(null, root);
  });
});
