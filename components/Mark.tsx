/** QuoteTrace's mark (the same drawing as public/icon/*.png), decorative next to the name. */
export function Mark(props: { class?: string }) {
  return (
    <svg class={props.class} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#2b59c3" />
      <g fill="#ffffff">
        <circle cx="44" cy="76" r="17" />
        <path d="M27.5 77 C26 56 36 41 56 33 L60 42 C48 48 43 57 44 66 Z" />
        <circle cx="86" cy="76" r="17" />
        <path d="M69.5 77 C68 56 78 41 98 33 L102 42 C90 48 85 57 86 66 Z" />
      </g>
    </svg>
  );
}
