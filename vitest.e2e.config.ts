import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real Chromium (see tests/e2e/harness.ts).
// One file at a time: each test drives its own browser, and two Chromiums on a 2-core machine
// only make each other slow.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
