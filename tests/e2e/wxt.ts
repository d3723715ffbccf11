// Builds for the end-to-end tests, the way a release is built. Vitest sets NODE_ENV=test, and a
// build that inherits it uses the development JSX runtime (with source paths in the code): the
// tests would load a different extension from the one people install.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs `npx wxt <args>` in the project, a production build. `outDir` moves .output (TEND_OUT_DIR);
 * without it the build goes to .output whatever the shell says. Throws with WXT's output, saying
 * what is missing because of it.
 */
export function wxt(args: string[], missing: string, outDir?: string): void {
  try {
    execFileSync('npx', ['wxt', ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: undefined, TEND_OUT_DIR: outDir },
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`npx wxt ${args.join(' ')}\` failed, so there is no ${missing}:\n${stdout}\n${stderr}`);
  }
}
