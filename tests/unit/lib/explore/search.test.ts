import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cards as catalog } from 'virtual:tend-catalog';
import { searchDocs } from 'virtual:tend-search';
import { plainText } from '@/lib/content/text';
import { createSearchIndex, createSearchIndexAsync, highlight, matchFor, search, snippet, type Segment } from '@/lib/explore/search';
import type { Card } from '@/lib/content/types';

const para = (v: string) => [{ t: 'p' as const, c: [{ t: 'text' as const, v }] }];

const cards: Card[] = [
  { id: 'tip-breath', kind: 'tip', title: 'A slower out-breath', topics: ['stress'], summary: para('Breathe out for longer than you breathe in.') },
  {
    id: 'art-rest',
    kind: 'article',
    title: 'Restful is not a prize',
    topics: ['self-kindness'],
    minutes: 3,
    summary: para('You do not have to earn a pause.'),
  },
  {
    id: 'art-walk',
    kind: 'article',
    title: 'Walking in green places',
    topics: ['stress'],
    minutes: 2,
    summary: para('A short walk outside can calm a busy mind.'),
  },
];
const docs = [
  { id: 'tip-breath', text: 'Breathe out for longer than you breathe in.' },
  { id: 'art-rest', text: 'Sleep is shaped by the hippocampus and by habit. A pause is allowed.' },
  { id: 'art-walk', text: 'Rest, rest, rest: a walk is rest for a tired mind. Green places help you rest.' },
];
const index = createSearchIndex(cards, docs);
const ids = (query: string, within?: ReadonlySet<string>) => search(index, query, { within }).map((h) => h.id);

describe('search', () => {
  it.each([
    ['a title word', 'prize', ['art-rest']],
    ['an excerpt word', 'busy', ['art-walk']],
    ["a tip's text", 'longer', ['tip-breath']],
    ["a word only in an article's body", 'hippocampus', ['art-rest']],
    ['any letter case', 'HIPPOCAMPUS', ['art-rest']],
    ['a small typo in a longer word', 'hipocampus', ['art-rest']],
    ['every word of the query, wherever it is', 'walk tired', ['art-walk']],
    ['nothing when one word matches nowhere', 'walk hippocampus', []],
    ['nothing for a blank query', '   ', []],
  ])('finds by %s', (_what, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds while typing: every prefix of a word from two letters on', () => {
    for (const typed of ['hi', 'hip', 'hipp', 'hippo', 'hippoc', 'hippocampus']) expect(ids(typed)).toContain('art-rest');
    for (const typed of ['wa', 'wal', 'walk', 'walki']) expect(ids(typed)[0]).toBe('art-walk');
  });

  it('puts title matches first, even a partial one above a body that repeats the word', () => {
    expect(ids('rest')).toEqual(['art-rest', 'art-walk']);
  });

  it("returns the item's matched words, for highlighting", () => {
    const [hit] = search(index, 'breat');
    expect(hit?.id).toBe('tip-breath');
    expect(hit?.terms.sort()).toEqual(['breath', 'breathe']);
  });

  it('searches only within the given items (the reading list)', () => {
    expect(ids('rest', new Set(['art-walk']))).toEqual(['art-walk']);
    expect(ids('prize', new Set(['art-walk']))).toEqual([]);
  });

  it('searches titles and summaries alone when given no bodies (before they load)', () => {
    const light = createSearchIndex(cards, []);
    expect(search(light, 'prize').map((h) => h.id)).toEqual(['art-rest']);
    expect(search(light, 'longer').map((h) => h.id)).toEqual(['tip-breath']);
    expect(search(light, 'hippocampus')).toEqual([]);
  });

  it('builds the same index a few items at a time, as the page has time', async () => {
    let pauses = 0;
    // No time to spare: one item per pause.
    const built = await createSearchIndexAsync(cards, docs, async () => (pauses++, () => 0));
    expect(pauses).toBe(cards.length);
    for (const query of ['rest', 'hipocampus', 'walk tired', 'breat', 'prize']) expect(search(built, query)).toEqual(search(index, query));
  });
});

describe('search over the real catalog', () => {
  const real = createSearchIndex(catalog, searchDocs);
  const byId = new Map(catalog.map((c) => [c.id, c]));

  it('has a body text for every card', () => {
    expect(searchDocs.map((d) => d.id).sort()).toEqual(catalog.map((c) => c.id).sort());
    expect(searchDocs.every((d) => d.text.trim().length > 0)).toBe(true);
  });

  it('ranks every item whose title matched above every item whose title did not', () => {
    const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z]+/);
    const words = new Set(catalog.flatMap((c) => wordsOf(c.title)).filter((w) => w.length >= 4));
    for (const word of words) {
      const titled = search(real, word).map((h) => wordsOf(byId.get(h.id)!.title).some((w) => h.terms.includes(w)));
      expect(titled.slice(titled.indexOf(false) >>> 0), word).not.toContain(true);
    }
  });

  it('answers a query in well under 10 ms (median of 100 queries, typed a letter at a time)', () => {
    const typed = ['breathing', 'guilt after', 'therapist', 'self kindness', 'cold water'].flatMap((q) =>
      Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
    );
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const query = typed[i % typed.length]!;
      const start = performance.now();
      search(real, query);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[50]).toBeLessThan(10);
  });
});

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it.each([
    ['no terms', 'Breathe out', [], []],
    ['any letter case', 'Breathe out, BREATHE in', ['breathe'], ['Breathe', 'BREATHE']],
    ['the start of a word only', 'unbreathable breath', ['breath'], ['breath']],
    ['a prefix of a longer word', 'breathing', ['breath'], ['breath']],
    ['overlapping terms as one mark', 'breathing', ['breath', 'breathing'], ['breathing']],
    ['terms that overlap part-way as one mark', 'self-kindness helps', ['self-kind', 'kindness'], ['self-kindness']],
    ['every occurrence', 'No. no, NO', ['no'], ['No', 'no', 'NO']],
    ['regex characters as plain text', 'Is it (really) 50% or $5? a.b', ['(really)', '$5?', '.*', 'a.b'], ['(really)', '$5?', 'a.b']],
    ['a backslash and brackets safely', 'C:\\path [x] {y}', ['c:\\path', '[x]', '{y}', '\\'], ['C:\\path', '[x]', '{y}']],
    ['accented letters in any case', 'ÉCOLE and café', ['école', 'CAFÉ'], ['ÉCOLE', 'café']],
    ['blank terms as nothing', 'Breathe', ['', '   '], []],
    ['markup as plain text', '<b>bold</b> move', ['bold'], ['bold']],
  ])('marks %s', (_what, text, terms, expected) => {
    const segments = highlight(text, terms);
    expect(marked(segments)).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => s.text.length > 0)).toBe(true);
  });

  it('cuts text into alternating segments in order', () => {
    expect(highlight('a slow breath, then rest', ['slow', 'rest'])).toEqual([
      { text: 'a ', match: false },
      { text: 'slow', match: true },
      { text: ' breath, then ', match: false },
      { text: 'rest', match: true },
    ]);
  });
});

describe('snippet and matchFor', () => {
  const long = `${'word '.repeat(40)}the hippocampus helps\n\nmemory ${'more '.repeat(40)}`;

  it('shows a passage around the first match, cut at spaces, with ellipses where cut', () => {
    const passage = snippet(long, ['hippocampus'], 20)!;
    expect(passage).toMatch(/^…(word )+the hippocampus helps memory( more)+…$/);
    expect(passage.length).toBeLessThan(70);
  });

  it('has no ellipsis at an end that was not cut, and nothing without a match', () => {
    expect(snippet('Rest is allowed.', ['rest'])).toBe('Rest is allowed.');
    expect(snippet('Rest is allowed.', ['sleep'])).toBeUndefined();
  });

  it('adds a passage only when neither title nor summary shows the words', () => {
    const [, rest] = cards;
    expect(matchFor(rest!, docs[1]!.text, ['hippocampus'])).toEqual({
      terms: ['hippocampus'],
      snippet: 'Sleep is shaped by the hippocampus and by habit. A pause is allowed.',
    });
    expect(matchFor(rest!, docs[1]!.text, ['pause'])).toEqual({ terms: ['pause'] });
    expect(matchFor(rest!, undefined, ['hippocampus'])).toEqual({ terms: ['hippocampus'] });
  });

  it('reads the plain text of blocks', () => {
    expect(plainText([...para('One'), { t: 'ul', items: [para('a'), para('b')] }, { t: 'quote', c: para('q') }])).toBe('One\n\na\nb\n\nq');
  });
});

describe('loading', () => {
  /** Every module a file can load, statically or lazily (the project's own files, followed; packages and virtual modules, listed). */
  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.startsWith('/')) return;
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (!spec!.startsWith('.') && !spec!.startsWith('@/')) {
          seen.add(spec!);
          continue;
        }
        const base = spec!.startsWith('@/') ? resolve(spec!.slice(2)) : join(dirname(file), spec!);
        const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
        if (found && !found.endsWith('.css')) visit(found);
      }
    };
    visit(resolve(entry));
    return seen;
  }

  it.each(['entrypoints/newtab/main.tsx', 'entrypoints/popup/main.tsx'])('never loads search on %s', (entry) => {
    const modules = reachable(entry);
    expect(modules.size).toBeGreaterThan(5);
    expect([...modules].filter((m) => /minisearch|tend-search|lib\/search\.ts$/.test(m))).toEqual([]);
  });

  it('loads search on the pages that search', () => {
    for (const entry of ['entrypoints/explore/main.tsx', 'entrypoints/reading-list/main.tsx']) {
      const modules = [...reachable(entry)];
      expect(modules, entry).toEqual(expect.arrayContaining(['minisearch', 'virtual:tend-search']));
    }
  });
});
