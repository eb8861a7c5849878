/** What a reader must see on the founding article, in either browser. */
export const FOUNDING_QUOTES: { includes: string; speaker: string }[] = [
  { includes: 'We have no plans to deploy NATO combat troops', speaker: 'Jens Stoltenberg' },
  { includes: 'There is a difference between being a NATO member', speaker: 'Jens Stoltenberg' },
  { includes: 'What the legislation enables us to do', speaker: 'Liz Truss' },
  { includes: 'Any company of interest to the Kremlin', speaker: 'Liz Truss' },
  { includes: 'very unlikely', speaker: 'Liz Truss' },
  { includes: 'urge Russia to engage in negotiations', speaker: 'Boris Johnson' },
  { includes: 'The Russian government has said publicly', speaker: 'John Sullivan' },
  { includes: 'with full, equal, regard', speaker: 'Sergei Lavrov' },
];

/** Fragments the page quotes that are not anyone's statement here: never highlighted. */
export const NOT_STATEMENTS = ['open door', 'accelerate diplomatic efforts', 'Oil steady', 'We will not back down', 'Journalism you can trust', 'Ask the Editor'];

export const STATUSES = ['verified', 'altered', 'misattributed', 'unmatched'];

/** Run in the page: every highlighted quote, its status, its text, and whether it sits in site chrome. */
export function collectMarks() {
  const byId = new Map<string, { id: string; status: string; text: string; inChrome: boolean }>();
  for (const m of document.querySelectorAll('qtmark')) {
    const id = m.getAttribute('data-quotetrace-id') ?? '';
    // Marks carry no status (#12): read it as the user sees it, from the underline's style.
    const look: Record<string, string> = { solid: 'verified', wavy: 'altered', double: 'misattributed', dotted: 'unmatched' };
    const entry = byId.get(id) ?? { id, status: look[getComputedStyle(m).textDecorationStyle] ?? '', text: '', inChrome: false };
    entry.text += m.textContent ?? '';
    entry.inChrome ||= !!m.closest('nav, header, footer, aside, .ticker, .comments, .see-also');
    byId.set(id, entry);
  }
  return [...byId.values()];
}
