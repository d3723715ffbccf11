import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { tendContent } from './lib/content/vite-plugin.ts';

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
    plugins: [preact(), tendContent({ dir: process.env.TEND_CONTENT_DIR })],
  }),
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'One small, kind piece of wellness reading on every new tab. Private, offline, not therapy.',
    permissions: ['storage'],
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
