import type { ComponentChildren } from 'preact';

/**
 * The few Markdown forms our own documents use (# headings, paragraphs, "- " lists, *emphasis*,
 * `code`), as Preact elements: never as HTML, so no text can become markup. For docs/privacy.md,
 * shown in the extension from the very file the repository publishes.
 */
export function PlainMarkdown(props: { source: string }) {
  const blocks = props.source.replace(/\r\n?/g, '\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  return <>{blocks.map((block, i) => renderBlock(block, i))}</>;
}

function renderBlock(block: string, key: number) {
  const heading = /^(#{1,3})\s+(.*)$/s.exec(block);
  if (heading) {
    const text = inline(heading[2].replace(/\s+/g, ' '));
    return heading[1].length === 1 ? <h1 key={key}>{text}</h1> : heading[1].length === 2 ? <h2 key={key}>{text}</h2> : <h3 key={key}>{text}</h3>;
  }
  if (block.startsWith('- ')) {
    const items = block.split(/\n(?=- )/).map((item) => item.slice(2).replace(/\s+/g, ' '));
    return (
      <ul key={key}>
        {items.map((item, j) => (
          <li key={j}>{inline(item)}</li>
        ))}
      </ul>
    );
  }
  return <p key={key}>{inline(block.replace(/\s+/g, ' '))}</p>;
}

/** *emphasis* and `code`; everything else is text. */
function inline(text: string): ComponentChildren[] {
  return text.split(/(\*[^*]+\*|`[^`]+`)/).map((part, i) => {
    if (/^\*[^*]+\*$/.test(part)) return <em key={i}>{part.slice(1, -1)}</em>;
    if (/^`[^`]+`$/.test(part)) return <code key={i}>{part.slice(1, -1)}</code>;
    return part;
  });
}
