import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, zipFiles } from '../../../../scripts/release/zip.mjs';

const files = [
  { name: 'manifest.json', data: Buffer.from('{"name":"Tend"}') },
  { name: 'chunks/a.js', data: Buffer.from('export const a = 1;\n'.repeat(50)) },
  { name: 'icon/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255, 1, 2]) },
  { name: 'empty.txt', data: Buffer.alloc(0) },
];

describe('zipFiles', () => {
  it('gives the same bytes for the same files, whatever their order or the time', () => {
    const first = zipFiles(files);
    expect(zipFiles([...files].reverse())).toEqual(first);
  });

  it('round-trips any set of files through readZip', () => {
    const name = fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9_-]{1,8}){0,2}(\.[a-z]{1,4})?$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, data: fc.uint8Array({ maxLength: 300 }) }), { selector: (f) => f.name, maxLength: 8 }), (entries) => {
        const read = readZip(zipFiles(entries));
        expect([...read.keys()].sort()).toEqual(entries.map((e) => e.name).sort());
        for (const { name: n, data } of entries) expect(new Uint8Array(read.get(n)!)).toEqual(data);
      }),
    );
  });

  it('writes a zip the system’s unzip lists and checks (names, sizes, CRCs, the 1980 date)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tend-zip-test-'));
    try {
      const file = path.join(dir, 'test.zip');
      writeFileSync(file, zipFiles(files));
      expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
      const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
      for (const { name } of files) expect(listing).toContain(name);
      expect(listing).toMatch(/1980-01-01 00:00/);
      execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
      expect(readFileSync(path.join(dir, 'out/chunks/a.js'))).toEqual(files[1]!.data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a name that would leave the folder it is unzipped in', () => {
    expect(() => zipFiles([{ name: '../x', data: Buffer.alloc(0) }])).toThrow(/not a relative path/);
    expect(() => zipFiles([{ name: '/etc/x', data: Buffer.alloc(0) }])).toThrow(/not a relative path/);
  });
});

describe('readZip', () => {
  it('reads what git archive writes', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const zip = execFileSync('git', ['archive', '--format=zip', 'HEAD', 'package.json', 'tsconfig.json'], { cwd: root, maxBuffer: 1 << 24 });
    const read = readZip(zip);
    expect([...read.keys()].sort()).toEqual(['package.json', 'tsconfig.json']);
    const head = execFileSync('git', ['show', 'HEAD:package.json'], { cwd: root });
    expect(read.get('package.json')).toEqual(head);
  });

  it('says plainly when the bytes are no zip', () => {
    expect(() => readZip(Buffer.from('not a zip'))).toThrow(/not a zip file/);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
