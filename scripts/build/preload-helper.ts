// Vite wraps every dynamic import() in its preload helper, and the helper ships in the first chunk
// that holds one: the new tab's first paint, where it was 1.8 KB of 42 (0.6 KB gzip). Tend needs
// one part of it: a lazily loaded part's stylesheets, loaded before that part renders (the
// practice's and the welcome's). Its other work does not apply here: no JavaScript to preload
// (wxt.config.ts's resolveDependencies passes none: the chunks come from the extension's own
// disk), no CSP nonce (the policy allows 'self'), and one base ("/") for every page.
import type { Plugin } from 'vite';

/** Vite's id for its helper (vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER_ID = '\0vite/preload-helper.js';

/** `__vitePreload(load, deps)`: each stylesheet in `deps` once per page, then `load()`. */
const HELPER = `
const loaded = {};
function sheet(href) {
  if (document.querySelector('link[rel="stylesheet"][href="' + href + '"]')) return undefined;
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = resolve;
    link.onerror = () => reject(new Error('Tend: could not load the stylesheet ' + href));
    document.head.append(link);
  });
}
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((dep) => dep.endsWith('.css')).map((dep) => (loaded[dep] ??= sheet('/' + dep)))).then(() => load());
`;

export function smallPreloadHelper(): Plugin {
  return {
    name: 'tend-small-preload-helper',
    // Before Vite's own plugin, which would load its full helper for the same id.
    enforce: 'pre',
    load(id) {
      return id === HELPER_ID ? HELPER : null;
    },
  };
}
