// Runs once before the end-to-end tests: checks that Chromium is there, builds the extension from
// the current code, and hands the tests a private copy of the build (so someone rebuilding
// .output while the suite runs cannot change the extension under a test).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the unpacked Chrome MV3 build the tests load. */
    extensionDir: string;
    /** The Chromium binary the tests drive. */
    chromiumPath: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

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

export default function setup(project: TestProject): () => void {
  const chromiumPath = findChromium();

  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`npx wxt build\` failed, so there is no extension to test:\n${stdout}\n${stderr}`);
  }

  const snapshot = mkdtempSync(path.join(tmpdir(), 'tend-e2e-build-'));
  const extensionDir = path.join(snapshot, 'chrome-mv3');
  cpSync(path.join(ROOT, '.output/chrome-mv3'), extensionDir, { recursive: true });

  project.provide('extensionDir', extensionDir);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(snapshot, { recursive: true, force: true });
}
