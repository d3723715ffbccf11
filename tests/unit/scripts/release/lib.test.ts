import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addToChangelog, CHANGELOG_HEADER, changelogSection, nextVersion, packageNames, ReleaseError, sha256sums, withVersion } from '../../../../scripts/release/lib.mjs';

describe('nextVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'patch', '0.1.10'],
    ['0.1.3', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['0.1.0', '0.1.1', '0.1.1'],
    ['0.1.0', '2.0.0', '2.0.0'],
    ['1.2.3', '1.10.0', '1.10.0'],
  ])('%s + %s is %s', (current, wanted, next) => {
    expect(nextVersion(current, wanted)).toBe(next);
  });

  it.each([
    ['0.1.0', '0.1.0', /not after the current version, 0\.1\.0/],
    ['1.2.3', '1.1.9', /not after/],
    ['1.2.3', '0.9.9', /not after/],
    ['0.1.0', 'v0.2.0', /“v0\.2\.0” is not patch, minor, major or a version like 1\.2\.3/],
    ['0.1.0', '1.0.0-beta', /is not patch, minor, major/],
    ['0.1.0', '1.0', /is not patch, minor, major/],
    ['0.1.0', '01.0.0', /is not patch, minor, major/],
    ['0.1.0', '70000.0.0', /each at most 65535/],
    ['0.1.0', 'Patch', /is not patch/],
    ['one', 'patch', /package.json's version “one” is not a plain x\.y\.z version/],
  ])('%s + %s is refused with a plain reason', (current, wanted, reason) => {
    expect(() => nextVersion(current, wanted)).toThrow(ReleaseError);
    expect(() => nextVersion(current, wanted)).toThrow(reason);
  });
});

describe('the changelog', () => {
  const date = new Date('2026-12-05T23:30:00Z');
  const commits = [
    { hash: 'abc1234', subject: 'First change' },
    { hash: 'def5678', subject: ' Second change ' },
  ];

  it('writes a dated section, one line per commit, oldest first, naming where it starts', () => {
    expect(changelogSection({ version: '0.2.0', date, since: 'v0.1.0', commits })).toBe(
      '## 0.2.0 — 2026-12-05\n\nChanges since v0.1.0:\n\n- First change (abc1234)\n- Second change (def5678)\n',
    );
    expect(changelogSection({ version: '0.1.1', date, commits: [] })).toBe('## 0.1.1 — 2026-12-05\n\nChanges since the first commit:\n\n- No changes.\n');
  });

  it('dates the section in UTC, whatever the time zone', () => {
    expect(changelogSection({ version: '1.0.0', date: new Date('2026-12-31T23:59:59-05:00'), commits })).toMatch(/^## 1\.0\.0 — 2027-01-01\n/);
  });

  it('adds the section above the newest release, keeping the header and older sections', () => {
    const older = `${CHANGELOG_HEADER}\n## 0.1.1 — 2026-11-01\n\n- Old (1111111)\n`;
    const section = changelogSection({ version: '0.2.0', date, commits });
    const updated = addToChangelog(older, section, '0.2.0');
    expect(updated.startsWith(CHANGELOG_HEADER)).toBe(true);
    expect(updated.indexOf('## 0.2.0')).toBeLessThan(updated.indexOf('## 0.1.1'));
    expect(updated).toContain('- Old (1111111)');
    expect(updated).toContain('- First change (abc1234)');
  });

  it('starts a changelog when there is none, or one with only a header', () => {
    const section = changelogSection({ version: '0.1.1', date, commits });
    expect(addToChangelog(undefined, section, '0.1.1')).toBe(`${CHANGELOG_HEADER}\n${section}`);
    expect(addToChangelog(CHANGELOG_HEADER, section, '0.1.1')).toBe(`${CHANGELOG_HEADER}\n${section}`);
  });

  it('refuses a version that already has a section, and changes nothing', () => {
    const once = addToChangelog(CHANGELOG_HEADER, changelogSection({ version: '0.1.1', date, commits }), '0.1.1');
    expect(() => addToChangelog(once, changelogSection({ version: '0.1.1', date, commits }), '0.1.1')).toThrow(/already has a section for 0\.1\.1/);
    // 0.1.10 is not 0.1.1.
    expect(addToChangelog(once, changelogSection({ version: '0.1.10', date, commits }), '0.1.10')).toContain('## 0.1.10');
  });
});

describe('withVersion', () => {
  it('sets package.json’s version and keeps everything else, formatted as npm does', () => {
    const pkg = '{\n  "name": "tend",\n  "version": "0.1.0",\n  "private": true\n}\n';
    expect(withVersion(pkg, '0.1.1')).toBe('{\n  "name": "tend",\n  "version": "0.1.1",\n  "private": true\n}\n');
  });

  it('sets both versions in package-lock.json and no dependency’s', () => {
    const lock = JSON.stringify({ name: 'tend', version: '0.1.0', packages: { '': { version: '0.1.0' }, 'node_modules/x': { version: '0.1.0' } } });
    const updated = JSON.parse(withVersion(lock, '0.2.0'));
    expect(updated.version).toBe('0.2.0');
    expect(updated.packages[''].version).toBe('0.2.0');
    expect(updated.packages['node_modules/x'].version).toBe('0.1.0');
  });
});

describe('sha256sums', () => {
  it('writes what sha256sum -c reads: hash, two spaces, name; sorted by name', () => {
    const files = [
      { name: 'b.zip', data: Buffer.from('bee') },
      { name: 'a.zip', data: Buffer.from('ay') },
    ];
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(sha256sums(files)).toBe(`${hash('ay')}  a.zip\n${hash('bee')}  b.zip\n`);
  });

  it('names the three packages by version', () => {
    expect(packageNames('1.2.3')).toEqual({
      chrome: 'tend-1.2.3-chrome.zip',
      firefox: 'tend-1.2.3-firefox.zip',
      sources: 'tend-1.2.3-sources.zip',
      sums: 'SHA256SUMS',
    });
  });
});
