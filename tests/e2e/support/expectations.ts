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
  for (const m of document.querySelectorAll('quotetrace-mark')) {
    const id = m.getAttribute('data-quotetrace-id') ?? '';
    const entry = byId.get(id) ?? { id, status: m.getAttribute('data-quotetrace-status') ?? '', text: '', inChrome: false };
    entry.text += m.textContent ?? '';
    entry.inChrome ||= !!m.closest('nav, header, footer, aside, .ticker, .comments, .see-also');
    byId.set(id, entry);
  }
  return [...byId.values()];
}
