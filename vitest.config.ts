import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { tendContent } from './scripts/content/vite-plugin.ts';

// WxtVitest does not carry over wxt.config.ts's Vite plugins, so they are repeated here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), tendContent()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
  },
});
