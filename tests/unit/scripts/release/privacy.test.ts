// The privacy policy inside Tend (entrypoints/privacy/) is docs/PRIVACY.md, compiled to Tend's
// content nodes at development time (nothing parses Markdown in the browser). This test fails when
// the two differ; `UPDATE_PRIVACY=1 npx vitest run tests/unit/scripts/release/privacy.test.ts`
// rewrites entrypoints/privacy/policy.ts from the Markdown. It also checks that every test
// docs/store/privacy-claims.md cites for a claim exists.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../../scripts/content/markdown';
import { POLICY, TITLE } from '../../../../entrypoints/privacy/policy';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const POLICY_FILE = path.join(ROOT, 'entrypoints/privacy/policy.ts');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The Markdown's "# Title" line and the blocks after it. */
function compile(markdown: string) {
  const match = /^# (.+)\n/.exec(markdown);
  if (!match) throw new Error('docs/PRIVACY.md must start with a “# ” title line');
  return { title: match[1]!.trim(), blocks: markdownToBlocks(markdown.slice(match[0].length)) };
}

function source({ title, blocks }: ReturnType<typeof compile>): string {
  return [
    '// Generated from docs/PRIVACY.md by tests/unit/scripts/release/privacy.test.ts; do not edit by hand.',
    '// After editing the Markdown: UPDATE_PRIVACY=1 npx vitest run tests/unit/scripts/release/privacy.test.ts',
    "import type { Block } from '@/lib/content/types';",
    '',
    `export const TITLE = ${JSON.stringify(title)};`,
    '',
    `export const POLICY: readonly Block[] = ${JSON.stringify(blocks, null, 2)};`,
    '',
  ].join('\n');
}

describe('issue 18: the privacy policy', () => {
  it('the page inside Tend says exactly what docs/PRIVACY.md says', () => {
    const compiled = compile(read('docs/PRIVACY.md'));
    if (process.env.UPDATE_PRIVACY) writeFileSync(POLICY_FILE, source(compiled));
    expect(readFileSync(POLICY_FILE, 'utf8'), 'entrypoints/privacy/policy.ts is out of date: see this test’s header').toBe(source(compiled));
    // What the page imports (this run's policy.ts; an update shows here on the next run).
    if (!process.env.UPDATE_PRIVACY) expect({ title: TITLE, blocks: POLICY }).toEqual(compiled);
  });

  it('names every permission the manifests may ask for, and what it is for', () => {
    const policy = read('docs/PRIVACY.md');
    for (const permission of ['Storage', 'Notifications', 'alarms']) expect(policy).toContain(`**${permission}**`);
  });

  /** "`tests/e2e/core.test.ts` › name of the test" in privacy-claims.md. */
  const citations = [...read('docs/store/privacy-claims.md').matchAll(/`(tests\/[\w/.-]+\.test\.tsx?)` › “([^”]+)”/g)];

  it('cites tests for its claims (checks the check: the citations are found)', () => {
    expect(citations.length).toBeGreaterThan(8);
  });

  it.each(citations.map(([, file, name]) => [file!, name!]))('the cited test exists: %s › “%s”', (file, name) => {
    expect(read(file), `${file} has no test named “${name}”`).toContain(name);
  });

  it('Tend’s runtime dependencies are the database, search, UI, validation and browser-API libraries: no analytics or tracking package', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(Object.keys(dependencies).sort()).toEqual(['@wxt-dev/webextension-polyfill', 'dexie', 'minisearch', 'preact', 'valibot', 'webextension-polyfill']);
  });
});
