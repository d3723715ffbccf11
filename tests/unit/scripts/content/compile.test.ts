import { describe, expect, it } from 'vitest';
import { compileCatalog, compileItem, ContentError, readingMinutes } from '@/scripts/content/compile';
import { firstCard, toCard, toIndexEntry } from '@/scripts/content/vite-plugin';
import type { Card } from '@/lib/content/types';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function file(fields: Record<string, string>, body: string, path?: string) {
  const front = Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return { path: path ?? `stress/${fields.id ?? 'x'}.md`, text: `---\n${front}\n---\n${body}\n` };
}

const tip = { id: 'stress-tip', kind: 'tip', title: 'A slow breath', topics: '[stress, dbt]', reviewed: '2026-11-26' };
const article = {
  id: 'stress-article',
  kind: 'article',
  title: 'Calm through the senses',
  topics: '[stress]',
  excerpt: 'Your senses are a quick way back to calm.',
  sources: '\n  - title: Breathing exercises\n    publisher: NHS\n    url: https://www.nhs.uk/breathing',
  reviewed: '2026-11-26',
};

function reason(f: { path: string; text: string }): string {
  try {
    compileItem(f);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected a ContentError');
}

describe('compileItem: good files', () => {
  it('compiles a tip into typed data and a tree of allowed nodes', () => {
    const item = compileItem(file(tip, 'Breathe *out* slowly. It can **help**. See [the NHS](https://www.nhs.uk/).'));
    expect(item).toMatchObject({ id: 'stress-tip', kind: 'tip', title: 'A slow breath', topics: ['stress', 'dbt'], reviewed: '2026-11-26' });
    expect(item.summary).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: 'Breathe ' },
          { t: 'em', c: [{ t: 'text', v: 'out' }] },
          { t: 'text', v: ' slowly. It can ' },
          { t: 'strong', c: [{ t: 'text', v: 'help' }] },
          { t: 'text', v: '. See ' },
          { t: 'link', href: 'https://www.nhs.uk/', c: [{ t: 'text', v: 'the NHS' }] },
          { t: 'text', v: '.' },
        ],
      },
    ]);
  });

  it('compiles an article with headings, lists, quotes, the help link, reading time and excerpt', () => {
    const body = `## Why\n\n${words(150)}\n\n- one\n- two\n\n1. first\n\n> ${words(100)}\n\n### More\n\nCall a [crisis line](tend:help).`;
    const item = compileItem(file(article, body));
    expect(item.kind).toBe('article');
    expect(item.minutes).toBe(readingMinutes(262));
    expect(item.summary).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Your senses are a quick way back to calm.' }] }]);
    expect(item.body.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'quote', 'h', 'p']);
    expect(item.sources).toEqual([{ title: 'Breathing exercises', publisher: 'NHS', url: 'https://www.nhs.uk/breathing' }]);
    expect(JSON.stringify(item.body)).toContain('"href":"tend:help"');
  });

  it('carries sensitive: true into the item, its card and its index entry, and leaves it out otherwise', () => {
    const marked = compileItem(file({ ...tip, sensitive: 'true' }, 'Crisis lines are on the help page.'));
    expect(marked.sensitive).toBe(true);
    expect(toCard(marked).sensitive).toBe(true);
    expect(toIndexEntry(toCard(marked))).toEqual({ id: 'stress-tip', kind: 'tip', topics: ['stress', 'dbt'], sensitive: true });
    const plain = compileItem(file(tip, 'Breathe out slowly.'));
    expect('sensitive' in plain).toBe(false);
    expect('sensitive' in toCard(plain)).toBe(false);
    expect(toIndexEntry(toCard(plain))).toEqual({ id: 'stress-tip', kind: 'tip', topics: ['stress', 'dbt'] });
  });

  it('keeps markup in text as text', () => {
    const item = compileItem(file(tip, 'Use &lt;b&gt; and 5 < 6 calmly.'));
    expect(JSON.stringify(item.summary)).toContain('Use <b> and 5 < 6 calmly.');
  });
});

describe('compileItem: bad files fail with the file and the reason', () => {
  it.each([
    ['no frontmatter', { path: 'stress/x.md', text: 'Just text' }, 'stress/x.md: must start with a --- frontmatter block ---'],
    ['broken YAML', { path: 'stress/x.md', text: '---\nid: [oops\n---\nBody' }, 'frontmatter is not valid YAML'],
    ['unknown topic', file({ ...tip, topics: '[stress, astrology]' }, 'Hi.'), 'topics.1: must be one of'],
    ['no topic', file({ ...tip, topics: '[]' }, 'Hi.'), 'topics: needs at least one topic'],
    ['four topics', file({ ...tip, topics: '[stress, dbt, cbt, change]' }, 'Hi.'), 'topics: may list at most 3'],
    ['long title', file({ ...tip, title: 'x'.repeat(61) }, 'Hi.'), 'title: must be at most 60 characters'],
    ['bad kind', file({ ...tip, kind: 'poem' }, 'Hi.'), 'kind: must be "tip" or "article"'],
    ['non-kebab id', file({ ...tip, id: 'Stress_Tip' }, 'Hi.', 'stress/Stress_Tip.md'), 'id: must be kebab-case'],
    ['id not the file name', file(tip, 'Hi.', 'stress/other.md'), 'file name must be stress-tip.md'],
    ['unknown field', file({ ...tip, mood: 'sunny' }, 'Hi.'), 'mood'],
    ['bad date', file({ ...tip, reviewed: 'soon' }, 'Hi.'), 'reviewed: must be a date'],
    ['http source', file({ ...tip, sources: '\n  - title: T\n    publisher: P\n    url: http://example.org' }, 'Hi.'), 'sources.0.url: must be an https:// URL'],
    ['long tip', file(tip, 'x'.repeat(281)), 'tip body is 281 characters; at most 280'],
    ['list in a tip', file(tip, '- one\n- two'), 'a tip body may only hold paragraphs'],
    ['excerpt on a tip', file({ ...tip, excerpt: 'Hello' }, 'Hi.'), 'excerpt is for articles only'],
    ['raw HTML', file(tip, '<b>Hi</b> there'), 'raw HTML is not allowed'],
    ['image', file(tip, '![a](https://x.org/a.png)'), 'an image is not allowed'],
    ['http link', file(tip, '[a](http://x.org)'), 'link "http://x.org" is not allowed'],
    ['javascript link', file(tip, '[a](javascript:alert(1))'), 'is not allowed'],
    ['code', file(tip, 'Use `code`.'), 'inline code is not allowed'],
    ['level-1 heading', file(article, `# Big\n\n${words(300)}`), 'a level-1 heading is not allowed'],
    ['empty body', file(tip, ''), 'body is empty'],
    ['short article', file(article, words(100)), 'article body is 100 words; it must be 250–700'],
    ['long article', file(article, words(701)), 'article body is 701 words'],
    ['article without excerpt', file((({ excerpt: _, ...rest }) => rest)(article), words(300)), 'excerpt: an article needs one'],
    ['empty excerpt', file({ ...article, excerpt: '' }, words(300)), 'excerpt: must be text'],
    ['article without sources', file({ ...article, sources: '[]' }, words(300)), 'sources: an article needs at least one'],
    ['markdown in excerpt', file({ ...article, excerpt: 'A *bold* claim' }, words(300)), 'excerpt: must be plain text'],
    ['practice on an article', file({ ...article, practice: 'breathing' }, words(300)), 'practice is for tips only'],
    ['sensitive: false', file({ ...tip, sensitive: 'false' }, 'Hi.'), 'sensitive: must be true, or left out'],
  ])('%s', (_name, f, expected) => {
    const message = reason(f);
    expect(message).toContain(expected);
    expect(message.startsWith(`${f.path}: `)).toBe(true);
  });
});

describe('compileCatalog', () => {
  it('rejects a duplicate id, naming both files', () => {
    const a = file(tip, 'One.', 'stress/stress-tip.md');
    const b = file(tip, 'Two.', 'dbt/stress-tip.md');
    expect(() => compileCatalog([a, b])).toThrow('dbt/stress-tip.md: duplicate id "stress-tip" (also in stress/stress-tip.md)');
  });

  it('sorts items by id for a stable build', () => {
    const items = compileCatalog([file({ ...tip, id: 'stress-b' }, 'B.'), file({ ...tip, id: 'stress-a' }, 'A.')]);
    expect(items.map((i) => i.id)).toEqual(['stress-a', 'stress-b']);
  });
});

describe('firstCard (what a new tab paints when nothing was prepared)', () => {
  const tip = (id: string, text: string, extra: Partial<Card> = {}): Card => ({ id, kind: 'tip', title: id, topics: ['stress'], summary: [{ t: 'p', c: [{ t: 'text', v: text }] }], ...extra });

  it('is the shortest tip that is neither sensitive, nor a practice, nor about getting help', () => {
    const cards = [
      tip('long', 'a longer tip'),
      tip('short', 'short'),
      tip('heavy', 'x', { sensitive: true }),
      tip('breathe', 'y', { practice: 'breathing' }),
      tip('help', 'z', { topics: ['getting-help'] }),
    ];
    expect(firstCard(cards)?.id).toBe('short');
    expect(firstCard([{ ...tip('a', 'x'), kind: 'article' }])).toBeUndefined();
  });
});
