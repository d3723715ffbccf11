import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { minifySync, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { tendContent } from './scripts/content/vite-plugin.ts';
import { smallPreloadHelper } from './scripts/build/preload-helper.ts';
import { noEmptyWxtPlugins } from './scripts/build/no-empty-plugins.ts';

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** An entry module's id: its absolute path. */
const at = (file: string) => resolve(import.meta.dirname, file);

/** Every module `roots` import statically (and, with `lazy`, dynamically too), the roots included. */
function reach(graph: ModuleGraph, roots: readonly string[], { lazy = false } = {}): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const info = graph.getModuleInfo(id);
    [...(info?.importedIds ?? []), ...(lazy ? (info?.dynamicallyImportedIds ?? []) : [])].forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * A chunk group holding everything a page's `entry` imports statically but the entry itself (the
 * page's own file). A page then waits on one file of its own, not a dozen (each is a request and a
 * module to link). Other pages that use some of it share the chunk.
 */
function chunkOf(name: string, priority: number, entry: string) {
  const page = at(entry);
  let closure: Set<string> | undefined;
  return {
    name: (id: string, graph: ModuleGraph) => {
      closure ??= reach(graph, [page]);
      return id !== page && closure.has(id) && !id.endsWith('.css') ? name : null;
    },
    debugName: name,
    priority,
  };
}

/** The pages other than the new tab and the popup, by their entry modules. */
const PAGES = ['reading-list', 'explore', 'read-history', 'article', 'options', 'help', 'practice', 'privacy'].map((p) => `entrypoints/${p}/main.tsx`);

/**
 * A chunk group holding what at least `min` of `entries` import statically, but nothing the pages in
 * `not` load at all (statically or later: the new tab's lazy parts must not pull in this chunk).
 * Rollup's own splitting gives each set of importers its own chunk. Measured: the reading list's
 * first paint waited on 22 JavaScript files (31.4 KB gzip), Explore's on 19, history's on 20, an
 * item page's on 22; with this group on 9, 7, 8 and 10, and no more bytes. A module only one page
 * imports stays in that page's own chunk.
 */
function sharedBy(name: string, priority: number, entries: readonly string[], min: number, { not }: { not: readonly string[] }) {
  const groups = entries.map((entry) => chunkOf(name, priority, entry));
  let excluded: Set<string> | undefined;
  return {
    name: (id: string, graph: ModuleGraph) => {
      excluded ??= reach(graph, not.map(at), { lazy: true });
      return !excluded.has(id) && groups.filter((g) => g.name(id, graph)).length >= min ? name : null;
    },
    debugName: name,
    priority,
  };
}

/**
 * Chunks of our own: the new tab's and the popup's first paints each get one chunk (the new tab's
 * first: the popup's takes only what the new tab's does not hold). Measured: without them the new
 * tab's first paint waits on 12 files and 17.1 KB gzip of JavaScript, with them on 5 files and
 * 14.6 KB. What loads after the first paint is left to Rollup's own splitting: a group for it (as
 * the new tab once had) made the reading list and options wait on 64–67 KB instead of 26–35 KB.
 */
function ownChunks(): Plugin {
  const groups = [
    chunkOf('first-paint', 3, 'entrypoints/newtab/main.tsx'),
    chunkOf('popup-first-paint', 2, 'entrypoints/popup/main.tsx'),
    sharedBy('pages', 1, PAGES, 2, { not: ['entrypoints/newtab/main.tsx', 'entrypoints/popup/main.tsx'] }),
    { name: 'minisearch', test: /node_modules[\\/]minisearch[\\/]/ },
  ];
  return {
    name: 'tend-own-chunks',
    outputOptions(options) {
      return options.format === 'es' ? { ...options, codeSplitting: { groups } } : options;
    },
  };
}

/**
 * The new tab's and the popup's entry modules block rendering (Chromium; other browsers ignore the
 * attribute), as a static page's content does: the first frame is the item, not a blank page
 * painted while the module loads. The modules are small (Preact and the item's components); the
 * rest loads after. Vite rewrites the entry's script tag, so the attribute is added to its output.
 */
function renderBlockingFirstPaints(): Plugin {
  return {
    name: 'tend-render-blocking-first-paints',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!/(newtab|popup)\/index\.html$/.test(context.path)) return html;
        return html.replace(/<script type="module"(?![^>]*blocking)/, '<script type="module" blocking="render"');
      },
    },
  };
}

const GECKO_ID = 'tend@tend-extension.org';

/**
 * The production policy for every extension page (reliability case 23): only the extension's own
 * files, no inline or eval'd code, no plugins, no network but the extension itself, no <base>, no
 * form posts, and no framing (the options page opens in a tab, so nothing needs to embed a page).
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/**
 * Trusted Types on top: no string ever reaches an HTML or script sink (innerHTML, eval, a string
 * setTimeout, script.src, …), and no policy may be created to let one through. Tend never uses such
 * a sink (ESLint forbids them; tests/e2e/package.test.ts scans the bundle and checks that both
 * browsers refuse them), and every end-to-end test runs under it with no console error. The one innerHTML in the bundle is Preact's
 * `dangerouslySetInnerHTML` branch, and nothing passes that prop. Both browsers: Chromium enforces
 * it, and so does Firefox from 148 (checked on ESR 153: every page renders, addons-linter has no
 * error); Firefox 140–147 ignore the two directives and still get the rest of the policy.
 */
const TRUSTED_TYPES = ["require-trusted-types-for 'script'", "trusted-types 'none'"];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The benchmark builds into its own folder, and its scale mode from a generated library.
  outDir: process.env.TEND_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // MV3 for both browsers: one manifest shape, and Firefox runs MV3 new-tab pages well (the minimum,
  // 140, is set below: data_collection_permissions needs it; Firefox ESR 140 and later meet it).
  manifestVersion: 3,
  vite: () => ({
    // Both browsers support <link rel="modulepreload">: no polyfill on every page's critical path.
    // A page's HTML preloads its entry's imports; a dynamic import does not list its chunk's own
    // imports to preload (they come from the extension's own disk, and the list of every chunk's
    // dependencies was 0.6 KB gzip of the new tab's first-paint chunk).
    build: {
      modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((d) => d.endsWith('.css'))) },
    },
    // Dexie's build for current browsers (both browsers here are): the default one carries
    // fallbacks for old ones, about 1.3 KB gzip more on every page that opens the database.
    resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
    plugins: [preact(), tendContent({ dir: process.env.TEND_CONTENT_DIR }), ownChunks(), renderBlockingFirstPaints(), smallPreloadHelper(), noEmptyWxtPlugins()],
  }),
  hooks: {
    // boot.js runs before every page's first paint and is not bundled: it ships minified (0.6 KB
    // gzip with its comments, 0.36 KB without), and its source stays readable in public/.
    'build:publicAssets': (_wxt, files) => {
      const at = files.findIndex((file) => file.relativeDest === 'boot.js');
      const boot = files[at];
      if (boot && 'absoluteSrc' in boot) files[at] = { relativeDest: 'boot.js', contents: minifySync('boot.js', readFileSync(boot.absoluteSrc, 'utf8')).code };
    },
    // `imports: false` stops the type declarations but WXT still adds unimport's Vite plugin, which
    // takes any identifier named like an auto-import (a `storage` parameter) for a use of it and
    // injects `import { storage } from 'wxt/utils/storage'`: WXT's storage, the browser shim and a
    // lock library then load with the first paint. Nothing here relies on auto-imports.
    'vite:build:extendConfig': (_entrypoints, config) => {
      config.plugins = config.plugins?.flat().filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'unimport'));
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Tend',
    description: 'One small, kind piece of wellness reading on every new tab. Private, offline, not therapy.',
    // The pause reminder's permissions are asked for only when the person turns it on. Firefox
    // refuses `alarms` as an optional permission (it is a no-prompt one there), so on Firefox it is
    // declared outright and only `notifications` is asked for.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['notifications', 'alarms'],
    // Production only: in dev mode WXT's dev server serves the scripts and a reload socket.
    ...(mode === 'production' ? { content_security_policy: { extension_pages: [...STRICT_CSP, ...TRUSTED_TYPES].join('; ') } } : {}),
    // Chrome 111: Vite's default build target ("baseline-widely-available"), so the bundle's syntax
    // and CSS are written for it (light-dark(), from Chrome 123, becomes variables 111 reads); the
    // newest API the code relies on is older (structuredClone, 98). docs/store/listing.md has the
    // list, and tests/e2e/release.test.ts checks the built bundle against it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '111' }),
  }),
});
