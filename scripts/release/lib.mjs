// The pure parts of `npm run release` (scripts/release/run.mjs): the next version, the changelog
// section, the checksum file. No files, no git, no clock: each takes what it needs as arguments.
import { createHash } from 'node:crypto';

export class ReleaseError extends Error {}

/** Plain x.y.z: both stores take it as the manifest version (Chrome refuses "1.0.0-beta"). */
const VERSION = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;

/** @param {string} version */
function parts(version) {
  const match = VERSION.exec(version);
  // Chrome allows each part up to 65535.
  if (!match || match.slice(1).some((part) => Number(part) > 65535)) return undefined;
  return /** @type {[number, number, number]} */ (match.slice(1).map(Number));
}

/**
 * The version after `current`: "patch", "minor" or "major", or an exact x.y.z above it.
 * @param {string} current
 * @param {string} wanted
 */
export function nextVersion(current, wanted) {
  const now = parts(current);
  if (!now) throw new ReleaseError(`package.json's version “${current}” is not a plain x.y.z version.`);
  const [major, minor, patch] = now;
  if (wanted === 'patch') return `${major}.${minor}.${patch + 1}`;
  if (wanted === 'minor') return `${major}.${minor + 1}.0`;
  if (wanted === 'major') return `${major + 1}.0.0`;
  const exact = parts(wanted);
  if (!exact) {
    throw new ReleaseError(`“${wanted}” is not patch, minor, major or a version like 1.2.3 (three whole numbers, each at most 65535).`);
  }
  const later = exact.findIndex((part, i) => part !== now[i]);
  if (later < 0 || exact[later] < now[later]) {
    throw new ReleaseError(`${wanted} is not after the current version, ${current}: a store refuses a version it has seen or an older one.`);
  }
  return wanted;
}

/**
 * The changelog section for a release: its version, its date (UTC, yyyy-mm-dd) and one line per
 * commit, oldest first, for a person to edit before committing.
 * @param {{ version: string; date: Date; since?: string; commits: { hash: string; subject: string }[] }} release
 */
export function changelogSection({ version, date, since, commits }) {
  const day = date.toISOString().slice(0, 10);
  const from = since ? `Changes since ${since}` : 'Changes since the first commit';
  const lines = commits.length > 0 ? commits.map(({ hash, subject }) => `- ${subject.trim()} (${hash})`) : ['- No changes.'];
  return `## ${version} — ${day}\n\n${from}:\n\n${lines.join('\n')}\n`;
}

export const CHANGELOG_HEADER =
  '# Changelog\n\nEach release of Tend, newest first. `npm run release` writes a section from the commits since the last release; edit it before committing.\n';

/**
 * The changelog with `section` added above the newest release (or started, when there is none).
 * @param {string | undefined} changelog
 * @param {string} section
 * @param {string} version
 */
export function addToChangelog(changelog, section, version) {
  const text = changelog ?? CHANGELOG_HEADER;
  if (new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm').test(text)) {
    throw new ReleaseError(`CHANGELOG.md already has a section for ${version}.`);
  }
  const at = text.search(/^## /m);
  return at < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, at)}${section}\n${text.slice(at)}`;
}

/**
 * package.json or package-lock.json with the new version, formatted as npm writes them.
 * @param {string} json
 * @param {string} version
 */
export function withVersion(json, version) {
  const data = JSON.parse(json);
  data.version = version;
  // package-lock.json repeats the project's version for the root package.
  if (data.packages?.['']) data.packages[''].version = version;
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * The text `sha256sum -c` checks: one "hash  name" line per file, by name.
 * @param {{ name: string; data: Uint8Array }[]} files
 */
export function sha256sums(files) {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(({ name, data }) => `${createHash('sha256').update(data).digest('hex')}  ${name}\n`)
    .join('');
}

/** @param {string} version */
export function packageNames(version) {
  return {
    chrome: `tend-${version}-chrome.zip`,
    firefox: `tend-${version}-firefox.zip`,
    sources: `tend-${version}-sources.zip`,
    sums: 'SHA256SUMS',
  };
}
