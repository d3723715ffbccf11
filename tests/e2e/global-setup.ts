// Runs once before the end-to-end tests: checks that Chromium is there, builds the extension from
// the current code, and hands the tests a private copy of the build (so someone rebuilding
// .output while the suite runs cannot change the extension under a test).
import { accessSync, constants, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, wxt } from './wxt';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build the tests load. */
    extensionDir: string;
    /** The Chromium binary the tests drive. */
    chromiumPath: string;
  }
}

function findChromium(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    accessSync(candidate, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is required for the end-to-end tests: apt-get install -y chromium (looked for ${candidate}; set CHROMIUM_PATH to use another binary)`,
    );
  }
  return candidate;
}

/**
 * Chromium silently refuses an unpacked extension whose manifest it rejects (headless shows no
 * dialog), and every test would then fail with "Tend is not loaded". Say why instead, for the
 * mistakes we know of.
 */
function checkManifest(file: string): void {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { chrome_url_overrides?: Record<string, string> };
  const overrides = Object.keys(manifest.chrome_url_overrides ?? {});
  if (overrides.length > 1) {
    throw new Error(
      `Chromium will not load the build: its manifest overrides ${overrides.length} browser pages (${overrides.join(', ')}), ` +
        'and an extension may override only one. WXT makes an override of every entrypoint named newtab, history or ' +
        'bookmarks: rename the others.',
    );
  }
}

export default function setup(project: TestProject): () => void {
  const chromiumPath = findChromium();

  wxt(['build'], 'extension to test'); // into .output: that is where the copy comes from

  checkManifest(path.join(ROOT, '.output/chrome-mv3/manifest.json'));

  // Real path: Chromium reports the folder it loaded resolved, and the harness matches on it.
  const snapshot = realpathSync(mkdtempSync(path.join(tmpdir(), 'tend-e2e-build-')));
  const extensionDir = path.join(snapshot, 'chrome-mv3');
  cpSync(path.join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });

  project.provide('extensionDir', extensionDir);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(snapshot, { recursive: true, force: true });
}
