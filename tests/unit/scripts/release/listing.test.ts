// The store listing's text (docs/store/listing.md) within each store's limits, and the same as the
// manifest where a store takes it from there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const listing = readFileSync(path.join(ROOT, 'docs/store/listing.md'), 'utf8');

/** The first paragraph under "## <heading>". */
function section(heading: string): string {
  const match = new RegExp(`^## ${heading}\\n\\n([^\\n]+(?:\\n[^\\n]+)*)`, 'm').exec(listing);
  if (!match) throw new Error(`docs/store/listing.md has no “## ${heading}” section`);
  return match[1]!.trim();
}

/** The manifest's description, as wxt.config.ts writes it. */
const manifestDescription = /\bdescription: '([^']+)'/.exec(readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8'))?.[1];

describe('issue 18: the store listing', () => {
  it('has a summary of at most 132 characters (Chrome’s limit; AMO allows 250)', () => {
    const summary = section('Summary');
    expect(summary.length).toBeGreaterThan(20);
    expect([...summary].length).toBeLessThanOrEqual(132);
  });

  it('its summary is the manifest’s description, which Chrome shows as the summary', () => {
    expect(manifestDescription).toBeDefined();
    expect(section('Summary')).toBe(manifestDescription);
  });

  it('its name fits both stores (AMO: 50 characters, Chrome: 75) and is the manifest’s', () => {
    expect(section('Name')).toBe('Tend');
    expect(readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')).toContain(`name: '${section('Name')}'`);
  });

  it('justifies each permission the manifests name, and says the reminder’s are optional', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    // Every quoted word on the manifest's permissions lines, for either browser.
    const lines = config.match(/^\s*(?:optional_)?permissions:.*$/gm) ?? [];
    const named = [...new Set(lines.flatMap((line) => [...line.matchAll(/'([a-z]+)'/g)].map((m) => m[1]!)).filter((word) => word !== 'firefox'))];
    expect(named.sort()).toEqual(['alarms', 'notifications', 'storage']);
    // "- `name`: why", or "- `name` (when it is asked for): why".
    for (const permission of named) expect(listing).toMatch(new RegExp(`^- \`${permission}\`(?: \\([^)]*\\))?: \\S`, 'm'));
    expect(listing).toMatch(/`notifications` \(optional/);
  });

  it('has a single-purpose statement, a category for each store, and the privacy answers for each', () => {
    expect(section('Single purpose \\(Chrome\\)').length).toBeGreaterThan(40);
    expect(listing).toMatch(/Chrome Web Store: \*\*[^*]+\*\*/);
    expect(listing).toMatch(/Firefox Add-ons: \*\*[^*]+\*\*/);
    expect(listing).toContain('### Chrome Web Store, Privacy practices tab');
    expect(listing).toContain('### Firefox Add-ons');
  });
});
