import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { tendContent } from './scripts/content/vite-plugin.ts';

const ALL_TESTS = ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'];

// Tests of code that never sees a page (the database, backups, the background, content, pure
// logic) run in Node: a happy-dom window costs every file its setup. fake-indexeddb works in both.
// Everything else gets happy-dom, so a new test file is safe by default; one listed here by
// mistake fails at once with "document is not defined" or "localStorage is not defined".
const NODE_TESTS = [
  'tests/content/**/*.test.ts',
  'tests/unit/lint.test.ts',
  'tests/unit/scripts/**/*.test.ts',
  'tests/unit/lib/content/**/*.test.ts',
  'tests/unit/lib/db/**/*.test.ts',
  'tests/unit/lib/practice/**/*.test.ts',
  'tests/unit/lib/backup/{format,fuzz,merge,messages}.test.ts',
  'tests/unit/lib/settings/pause-reminder.test.ts',
  'tests/unit/lib/explore/*.test.ts',
  'tests/unit/lib/rotation/{pick,cadence}.test.ts',
  'tests/unit/lib/history.test.ts',
  'tests/unit/lib/sync/*.test.ts',
  'tests/unit/e2e/*.test.ts',
  'tests/unit/lib/lists/{explore-state,origin,reading,window}.test.ts',
  'tests/unit/lib/mine/transfer.test.ts',
  'tests/unit/lib/welcome/first-run.test.ts',
];

// WxtVitest does not carry over wxt.config.ts's Vite plugins, so they are repeated here.
export default defineConfig({
  plugins: [WxtVitest(), preact(), tendContent()],
  test: {
    setupFiles: ['tests/setup.ts'],
    // One worker per core: Vitest's default leaves one core idle, which on a 2-core machine runs
    // the files one at a time (41 s here, 29 s with both cores).
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_TESTS } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ALL_TESTS, exclude: NODE_TESTS } },
    ],
  },
});
