import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Static checks on a built extension folder: what it may do (permissions, CSP) and what its code
 * could load (no eval, no remote scripts, no network API in the content script).
 */

/** Every permission QuoteTrace needs, and why, is in wxt.config.ts; anything else is a regression. */
// alarms: packs from a URL refresh on the user's schedule (their origins are optional, asked at run time).
// scripting: the content script is registered at run time for the sites the browser grants.
export const ALLOWED_PERMISSIONS = ['storage', 'contextMenus', 'activeTab', 'alarms', 'scripting', 'sidePanel'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

export interface BuildAudit {
  permissions: string[];
  hostPermissions: string[];
  csp: string | null;
  /** Files with eval, new Function, importScripts or a string-compiled timer. */
  dynamicCode: string[];
  /** Script or style tags in HTML pages that point off the extension. */
  remoteTags: string[];
  /** Network APIs used by the content script bundle. */
  contentScriptNetwork: string[];
  /** HTML-parsing writes in any script (modules/preact-no-inner-html.ts removes Preact's). */
  htmlSinks: string[];
}

export function auditBuild(dir: string): BuildAudit {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const csp = manifest.content_security_policy as string | { extension_pages?: string } | undefined;
  const all = files(dir);
  const read = (f: string) => readFileSync(f, 'utf8');
  return {
    permissions: (manifest.permissions as string[] | undefined) ?? [],
    hostPermissions: (manifest.host_permissions as string[] | undefined) ?? [],
    // MV2 gives the policy as a string, MV3 as { extension_pages }.
    csp: csp === undefined ? null : typeof csp === 'string' ? csp : (csp.extension_pages ?? null),
    dynamicCode: all.filter((f) => f.endsWith('.js') && /\beval\(|new Function\(|importScripts\(|set(?:Timeout|Interval)\(\s*["'`]/.test(read(f))),
    remoteTags: all.filter((f) => f.endsWith('.html')).flatMap((f) => read(f).match(/<(?:script|link)[^>]+(?:src|href)=["']?(?:https?:)?\/\/[^>]*>/gi) ?? []),
    contentScriptNetwork: all
      .filter((f) => f.includes('content-scripts') && f.endsWith('.js'))
      .flatMap((f) => read(f).match(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|\.src\s*=\s*["'`]https?:/g) ?? []),
    htmlSinks: all
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => (read(f).match(/.{0,40}(?:\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)|insertAdjacentHTML\(|document\.write(?:ln)?\(|createContextualFragment\().{0,40}/g) ?? []).map((m) => `${f.slice(dir.length + 1)}: ${m}`)),
  };
}
