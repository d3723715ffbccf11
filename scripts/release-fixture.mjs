// Rebuilds the committed copy of a shipped build that the upgrade test starts from (reliability
// case 6): build N, the last build with schema version 1, into tests/fixtures/builds/schema-v1/.
// CI clones may have no history, so the test never builds old code; this script, run once by
// hand in a clone with the full history, does: `node scripts/release-fixture.mjs`.
//
// The old source is exported with `git archive` into a temporary folder, today's node_modules is
// linked in (the old package.json's dependencies are a subset of today's), and `wxt build` runs
// there with its output in that temporary folder too. Nothing in this working tree is built or
// changed but the fixture folder.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Build N: the last commit with schema version 1 (version 2, the practice log, arrived in
 * cc14cdf) that builds and that Chromium loads. The two commits after it cannot stand in:
 * 8ad72bf does not build (its reading list imports SearchBox, NoMatches and use-search, which
 * only arrived in cc14cdf), and f0ce1c3 overrides both the new tab and history, so Chromium
 * refuses to load it.
 */
const COMMIT = '5b4e13c';
const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/builds/schema-v1');

/** Every file under `dir`, as paths relative to it. */
function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const relative = path.join(prefix, name);
    return statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name), relative) : [relative];
  });
}

try {
  execFileSync('git', ['cat-file', '-e', `${COMMIT}^{commit}`], { cwd: ROOT, stdio: 'pipe' });
} catch {
  console.error(`Commit ${COMMIT} is not in this clone: run this script in a clone with the full history.`);
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'tend-release-fixture-'));
try {
  const source = path.join(work, 'source');
  // Old configs ignore TEND_OUT_DIR and build into .output beside themselves: the same folder.
  const out = path.join(source, '.output');
  const archive = path.join(work, 'source.tar');
  execFileSync('git', ['archive', '--format=tar', `--output=${archive}`, COMMIT], { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(source);
  execFileSync('tar', ['-xf', archive, '-C', source]);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'), 'dir');

  // TEND_CONTENT_DIR unset: the commit's own library is what it shipped.
  const env = { ...process.env, TEND_OUT_DIR: out, TEND_CONTENT_DIR: undefined };
  execFileSync('npx', ['wxt', 'build'], { cwd: source, env, stdio: ['ignore', 'inherit', 'inherit'] });

  const built = path.join(out, 'chrome-mv3');
  if (!existsSync(path.join(built, 'manifest.json'))) throw new Error(`wxt build made no ${built}/manifest.json`);
  for (const file of files(built).filter((f) => f.endsWith('.map'))) rmSync(path.join(built, file));

  rmSync(FIXTURE, { recursive: true, force: true });
  cpSync(built, FIXTURE, { recursive: true });
  console.log(`Build N (${COMMIT}, schema version 1) is in ${path.relative(ROOT, FIXTURE)}/: ${files(FIXTURE).length} files.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
