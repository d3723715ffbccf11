// `npm run release <patch|minor|major|x.y.z>`: everything a store submission needs, in
// .output/release/<version>/, and nothing more. See the README's "Cutting a release".
//
// 1. The work tree must be clean (untracked files too: a stray file could be built in but would
//    not be in the sources zip). 2. typecheck, lint and `npm test`. 3. The new version in
//    package.json and package-lock.json (WXT takes the manifest's version from package.json), and
//    a dated CHANGELOG.md section from the commits since the last v* tag (or the first commit).
// 4. The sources zip: `git archive` of exactly the tracked files, with those three edits. 5. Chrome
//    and Firefox production builds, zipped reproducibly. 6. SHA256SUMS.
// It commits, tags and uploads nothing: a person reviews the edits, commits and tags them.
// If a step fails after the edits, they are undone, so a failed release leaves the tree as it was.
//
// `--skip-checks` skips step 2. It exists for the release script's own test
// (tests/e2e/release.test.ts), which runs inside `npm test` and cannot run `npm test` again; the
// test runs `node scripts/release/run.mjs patch --skip-checks` (npm would take the flag as its own).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addToChangelog, changelogSection, nextVersion, packageNames, ReleaseError, sha256sums, withVersion } from './lib.mjs';
import { zipFiles } from './zip.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EDITED = ['package.json', 'package-lock.json', 'CHANGELOG.md'];

/** @param {string[]} args */
function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** @param {string} dir */
function filesIn(dir, prefix = '') {
  /** @type {{ name: string; data: Buffer }[]} */
  const files = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...filesIn(dir, name));
    else files.push({ name, data: readFileSync(path.join(dir, name)) });
  }
  return files;
}

/** The last release tag and the commits after it (all of them when there is no tag yet). */
function commitsSinceLastRelease() {
  let since;
  try {
    since = git('describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*', 'HEAD');
  } catch {
    since = undefined;
  }
  const log = git('log', '--no-merges', '--reverse', '--format=%h%x09%s', since ? `${since}..HEAD` : 'HEAD');
  const commits = log ? log.split('\n').map((line) => ({ hash: line.split('\t')[0] ?? '', subject: line.slice(line.indexOf('\t') + 1) })) : [];
  return { since, commits };
}

/**
 * The sources zip: the tracked files as they are in the work tree (HEAD plus the release's edits),
 * through a temporary index so the real one is untouched. Returns the tree's id: once the edits
 * are committed, that commit's tree is this one.
 * @param {string} zipPath
 */
export function archiveSources(zipPath) {
  const index = path.join(mkdtempSync(path.join(tmpdir(), 'tend-release-index-')), 'index');
  try {
    const env = { ...process.env, GIT_INDEX_FILE: index };
    const run = (/** @type {string[]} */ ...args) => execFileSync('git', args, { cwd: ROOT, env, encoding: 'utf8' }).trim();
    run('read-tree', 'HEAD');
    run('add', '--update');
    const tree = run('write-tree');
    execFileSync('git', ['archive', '--format=zip', `--output=${zipPath}`, tree], { cwd: ROOT });
    return tree;
  } finally {
    rmSync(path.dirname(index), { recursive: true, force: true });
  }
}

/**
 * A production build for `browser`, zipped reproducibly. Built in a temporary folder, never in
 * .output, where `npm run dev` may be writing. NODE_ENV is cleared: under Vitest it is "test",
 * and a build that inherits it uses the development JSX runtime.
 * @param {'chrome' | 'firefox'} browser
 */
export function buildPackage(browser) {
  const out = mkdtempSync(path.join(tmpdir(), 'tend-release-build-'));
  try {
    execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: undefined, TEND_OUT_DIR: out },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const files = filesIn(path.join(out, `${browser}-mv3`));
    const manifest = JSON.parse(files.find((f) => f.name === 'manifest.json')?.data.toString('utf8') ?? '{}');
    return { zip: zipFiles(files), manifest };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** @param {string[]} args */
function parseArgs(args) {
  const skipChecks = args.includes('--skip-checks');
  const rest = args.filter((arg) => arg !== '--skip-checks');
  if (rest.length !== 1 || rest[0]?.startsWith('-')) {
    throw new ReleaseError('Usage: npm run release <patch|minor|major|x.y.z>   (for example: npm run release patch)');
  }
  return { wanted: /** @type {string} */ (rest[0]), skipChecks };
}

function main() {
  const { wanted, skipChecks } = parseArgs(process.argv.slice(2));

  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' }).trimEnd();
  if (dirty) throw new ReleaseError(`The work tree has changes; commit or stash them first, so the release is exactly what git has:\n${dirty}`);

  const pkg = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  const version = nextVersion(JSON.parse(pkg).version, wanted);

  if (skipChecks) console.log('Skipping typecheck, lint and npm test (--skip-checks: only for the release script’s own test).');
  else for (const script of ['typecheck', 'lint', 'test']) execFileSync('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });

  const names = packageNames(version);
  const outDir = path.join(ROOT, '.output', 'release', version);
  const changelogPath = path.join(ROOT, 'CHANGELOG.md');
  const { since, commits } = commitsSinceLastRelease();
  const section = changelogSection({ version, date: new Date(), since, commits });
  const changelog = addToChangelog(existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : undefined, section, version);

  const tracked = new Set(git('ls-files', ...EDITED).split('\n'));
  try {
    writeFileSync(path.join(ROOT, 'package.json'), withVersion(pkg, version));
    const lockPath = path.join(ROOT, 'package-lock.json');
    writeFileSync(lockPath, withVersion(readFileSync(lockPath, 'utf8'), version));
    writeFileSync(changelogPath, changelog);
    // A new CHANGELOG.md must be in the index for `add --update` to take it into the sources.
    if (!tracked.has('CHANGELOG.md')) git('add', '--intent-to-add', 'CHANGELOG.md');

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const tree = archiveSources(path.join(outDir, names.sources));
    const packages = [];
    for (const browser of /** @type {const} */ (['chrome', 'firefox'])) {
      const { zip, manifest } = buildPackage(browser);
      if (manifest.version !== version) throw new ReleaseError(`The ${browser} manifest says version ${manifest.version}, not ${version}.`);
      writeFileSync(path.join(outDir, names[browser]), zip);
      packages.push({ name: names[browser], data: zip });
    }
    packages.push({ name: names.sources, data: readFileSync(path.join(outDir, names.sources)) });
    writeFileSync(path.join(outDir, names.sums), sha256sums(packages));

    const shown = path.relative(process.cwd(), outDir) || '.';
    const width = names.sources.length + 2;
    const row = (/** @type {string} */ name, /** @type {string} */ where) => `  ${name.padEnd(width)} ${where}`;
    console.log(`
Tend ${version} is ready in ${shown}/:
${row(names.chrome, 'Chrome Web Store: Developer Dashboard → Tend → Package → Upload new package')}
${row(names.firefox, 'addons.mozilla.org: Developer Hub → Tend → Upload New Version')}
${row(names.sources, 'addons.mozilla.org: the same upload asks for source code; give it this file')}
${row('', '(reviewers build it with docs/store/amo-reviewers.md)')}
${row(names.sums, '`sha256sum -c SHA256SUMS` checks the three files')}
The listing's text, screenshots and privacy answers are in docs/store/.

Nothing was committed, tagged or uploaded. This changed, for you to review:
  package.json, package-lock.json  version ${version}
  CHANGELOG.md                     a section from ${commits.length} commit(s) since ${since ?? 'the first commit'}; edit it freely
Then commit, tag and upload:
  git commit -am "Release ${version}" && git tag v${version}
The sources zip is git tree ${tree}: after that commit, \`git rev-parse HEAD^{tree}\` prints the same
unless you edited CHANGELOG.md, which is not part of the build (the packages stay the same).`);
  } catch (error) {
    // Leave the tree as it was: the version, lock file and changelog back to what git has.
    const restore = EDITED.filter((file) => tracked.has(file));
    if (restore.length > 0) git('checkout', '--', ...restore);
    if (!tracked.has('CHANGELOG.md')) {
      git('rm', '--cached', '--quiet', '--force', 'CHANGELOG.md');
      rmSync(changelogPath, { force: true });
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    if (error instanceof ReleaseError) {
      console.error(`Release stopped: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
