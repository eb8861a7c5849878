/**
 * Bundled Preact without its `dangerouslySetInnerHTML` sink. Our code never sets that prop (the
 * page may be hostile: its text is never parsed as HTML), yet Preact's renderer keeps a
 * `dom.innerHTML = props.dangerouslySetInnerHTML.__html` branch, which Mozilla's add-on linter
 * rightly flags (UNSAFE_VAR_ASSIGNMENT) in every bundle that renders UI. The build rewrites that
 * one assignment to `textContent`: were the prop ever passed, its value would show as inert text.
 * If a Preact upgrade changes the shape, the build fails here rather than ship the sink again.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** Preact's (minified) `X.innerHTML=Y.__html`: the only HTML-parsing write in preact/dist/preact.mjs. */
const SINK = /\b([\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html\b/g;

/** Preact's renderer source with the innerHTML write replaced by a textContent write. Throws unless exactly one is found. */
export function withoutInnerHtml(code: string): string {
  const found = code.match(SINK)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`preact-no-inner-html: expected one "x.innerHTML = y.__html" in Preact's renderer, found ${found}; update the pattern for this Preact version`);
  }
  return code.replace(SINK, '$1.textContent=$2.__html');
}

/** True for Preact's core renderer module (not hooks, jsx-runtime: they never write innerHTML). */
const isPreactCore = (id: string) => /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id.split('?')[0]);

export function preactNoInnerHtml(): Plugin {
  return {
    name: 'quotetrace:preact-no-inner-html',
    transform(code, id) {
      if (!isPreactCore(id)) return null;
      return { code: withoutInnerHtml(code), map: null };
    },
  };
}

export default defineWxtModule({
  name: 'preact-no-inner-html',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [preactNoInnerHtml()] }));
  },
});
