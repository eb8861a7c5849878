import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** axe-core's source, evaluated in the page under test (evaluate is not subject to the page's CSP). */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** Where: the first offending elements' selectors and axe's summary, so a failure says what to fix. */
  where: string[];
}

/** Runs in the page: axe over `include` (a CSS selector path; arrays pierce shadow roots). */
export async function runAxe(include: string[] | null): Promise<{ violations: AxeViolation[]; passes: number }> {
  // @ts-expect-error axe is the global the injected source defines
  const result = await axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] });
  const violations = (result.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]).map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.length,
    where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  // How many rules passed: proves axe saw the surface at all.
  return { violations, passes: (result.passes as unknown[]).length };
}

export const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** What each surface shows once it has loaded what it reads (tab results, the databases). */
export const SURFACE_READY: Record<string, string> = {
  popup: '[data-testid="count-found"]',
  sidepanel: '[data-quotetrace-item]',
  options: '[data-testid="pack-stats"]',
  welcome: '[data-testid="welcome-all"]',
};

/** Runs in the page: the surface's content is in and nothing says it is still loading. */
export function surfaceLoaded(selector: string): boolean {
  return document.querySelector(selector) !== null && !/Loading…/.test(document.body.innerText);
}
