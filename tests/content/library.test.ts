// Meta-tests over the real library in content/: every file meets the contract of
// docs/content-guide.md, and the library as a whole meets the bar of the content issue.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { compileCatalog, compileItem } from '@/lib/content/compile';
import { readContentFiles } from '@/lib/content/files';
import { plainText } from '@/lib/content/markdown';
import { gradeLevel } from '@/lib/content/readability';
import { HELP_LINK, TOPICS, type CatalogItem } from '@/lib/content/types';

const files = readContentFiles(resolve(__dirname, '../../content'));
const MIN_TIPS = 16;
const MIN_ARTICLES = 4;
const BANNED = /\b(cure[sd]?|treats|clinically proven|guarantee[sd]?|always works)\b/i;

describe.each(files)('$path', (file) => {
  it('meets the frontmatter and Markdown contract', () => {
    expect(() => compileItem(file)).not.toThrow();
  });
});

describe('the library', () => {
  const items: CatalogItem[] = compileCatalog(files);
  const textOf = (item: CatalogItem) => [item.title, item.excerpt ?? '', plainText(item.body)].join('\n');

  it('has unique ids and unique titles', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const titles = items.map((i) => i.title.toLowerCase());
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('keeps each item in the folder of its primary topic', () => {
    const misplaced = files.filter((f) => !f.path.startsWith(`${compileItem(f).topics[0]}/`)).map((f) => f.path);
    expect(misplaced).toEqual([]);
  });

  it(`has at least ${MIN_TIPS} tips and ${MIN_ARTICLES} articles for each topic`, () => {
    const counts = Object.fromEntries(
      TOPICS.map((t) => {
        const mine = items.filter((i) => i.topics[0] === t.id);
        return [t.id, { tips: mine.filter((i) => i.kind === 'tip').length, articles: mine.filter((i) => i.kind === 'article').length }];
      }),
    );
    console.info('Items per primary topic:', JSON.stringify(counts));
    for (const [topic, count] of Object.entries(counts)) {
      expect(count.tips, `${topic} tips`).toBeGreaterThanOrEqual(MIN_TIPS);
      expect(count.articles, `${topic} articles`).toBeGreaterThanOrEqual(MIN_ARTICLES);
    }
  });

  it('makes no cure, treatment or guarantee claims', () => {
    const offenders = items.filter((i) => BANNED.test(textOf(i))).map((i) => `${i.id}: ${BANNED.exec(textOf(i))?.[0]}`);
    expect(offenders).toEqual([]);
  });

  it('links every getting-help article to the crisis page', () => {
    const missing = items
      .filter((i) => i.topics[0] === 'getting-help' && i.kind === 'article')
      .filter((i) => !JSON.stringify(i.body).includes(`"href":"${HELP_LINK}"`))
      .map((i) => i.id);
    expect(missing).toEqual([]);
  });

  it('reads at grade 8 or below on average, and no item above grade 10', () => {
    const grades = items.map((i) => ({ id: i.id, grade: gradeLevel(plainText(i.body)) }));
    const average = grades.reduce((sum, g) => sum + g.grade, 0) / grades.length;
    console.info(`Flesch-Kincaid grade: library average ${average.toFixed(2)} over ${grades.length} items`);
    expect(average).toBeLessThanOrEqual(8);
    expect(grades.filter((g) => g.grade > 10)).toEqual([]);
  });

  it('has no two items that say the same thing in nearly the same words', () => {
    const shingles = (text: string) => {
      const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      return new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' ')));
    };
    const sets = items.map((i) => ({ id: i.id, set: shingles(plainText(i.body)) }));
    const similar: string[] = [];
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        const x = sets[a]!;
        const y = sets[b]!;
        const shared = [...x.set].filter((s) => y.set.has(s)).length;
        const overlap = shared / Math.min(x.set.size, y.set.size || 1);
        if (overlap > 0.5) similar.push(`${x.id} ~ ${y.id} (${Math.round(overlap * 100)}%)`);
      }
    }
    expect(similar).toEqual([]);
  });
});
