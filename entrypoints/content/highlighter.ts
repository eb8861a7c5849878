/** How long the "here it is" flash stays on a quote the side panel asked for. */
const FLASH_MS = 2_600;

/** Scrolls a quote into view and flashes it, for the side panel's "show me". */
export function focusQuote(marks: HTMLElement[]): boolean {
  if (marks.length === 0) return false;
  // Smooth scrolling only animates in a visible tab (Firefox stalls it in a background one).
  marks[0].scrollIntoView({ block: 'center', behavior: marks[0].ownerDocument.visibilityState === 'visible' ? 'smooth' : 'auto' });
  for (const m of marks) {
    m.removeAttribute('data-quotetrace-flash');
    void m.offsetWidth; // restart the animation
    m.setAttribute('data-quotetrace-flash', '');
  }
  marks[0].focus({ preventScroll: true });
  setTimeout(() => marks.forEach((m) => m.removeAttribute('data-quotetrace-flash')), FLASH_MS);
  return true;
}
