import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { tendContent } from './lib/content/vite-plugin.ts';

/**
 * Large libraries that only load after the first paint get chunks of their own, so the bundler
 * never merges them into a shared chunk a page needs sooner. (Pages only: the background script is
 * one IIFE file and cannot be split.)
 */
function ownChunks(): Plugin {
  const groups = [
    { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/ },
    { name: 'valibot', test: /node_modules[\\/]valibot[\\/]/ },
    { name: 'minisearch', test: /node_modules[\\/]minisearch[\\/]/ },
  ];
  return {
    name: 'tend-own-chunks',
    outputOptions(options) {
      return options.format === 'es' ? { ...options, codeSplitting: { groups } } : options;
    },
  };
}

const GECKO_ID = 'tend@tend-extension.org';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The benchmark builds into its own folder, and its scale mode from a generated library.
  outDir: process.env.TEND_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  // MV3 for both browsers: one manifest shape, and Firefox (ESR 128+) runs MV3 new-tab pages well.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), tendContent({ dir: process.env.TEND_CONTENT_DIR }), ownChunks()],
  }),
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'One small, kind piece of wellness reading on every new tab. Private, offline, not therapy.',
    // The pause reminder's permissions are asked for only when the person turns it on. Firefox
    // refuses `alarms` as an optional permission (it is a no-prompt one there), so on Firefox it is
    // declared outright and only `notifications` is asked for.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage'],
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['notifications', 'alarms'],
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
      : {}),
  }),
});
