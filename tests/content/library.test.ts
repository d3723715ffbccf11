// Meta-tests over the real library in content/: every file meets the contract of
// docs/content-guide.md, and the library as a whole meets the bar of the content issue.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CRISIS_WORDS,
  NEAR_DUPLICATE,
  crisisMentions,
  isAuthoritative,
  openingPhrase,
  overlapOf,
  trigrams,
  ukSpellings,
} from '@/scripts/content/checks';
import { compileCatalog, compileItem } from '@/scripts/content/compile';
import { readContentFiles } from '@/scripts/content/files';
import { plainText } from '@/scripts/content/markdown';
import { gradeLevel } from '@/scripts/content/readability';
import { HELP_LINK, TOPICS, type CatalogItem } from '@/lib/content/types';
import { CRISIS_LINES } from '@/lib/crisis';

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
    const similar: string[] = [];
    const grams = items.map((i) => trigrams(plainText(i.body)));
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const x = items[a]!;
        const y = items[b]!;
        // Tips are held closer: two tips that share this much wording are the same tip twice.
        const limit = x.kind === 'tip' && y.kind === 'tip' ? NEAR_DUPLICATE : 0.5;
        const overlap = overlapOf(grams[a]!, grams[b]!);
        if (overlap > limit) similar.push(`${x.id} ~ ${y.id} (${Math.round(overlap * 100)}%)`);
      }
    }
    expect(similar).toEqual([]);
  });

  // Each named exercise is the whole of at most one tip; other tips may point to it, not repeat it.
  const EXERCISES: Record<string, RegExp> = {
    '5-4-3-2-1 grounding': /five things you (can )?see|5-4-3-2-1/i,
    'a longer out-breath': /out-breath (last|take)s? (a (little|bit) )?longer|longer out-breath|out for (a count of )?six/i,
    'pausing before a yes': /get back to you|let me check|(pause|wait) before you (say yes|agree|answer|reply)/i,
    'what is happening right now': /what is (actually )?(happening|true) right now/i,
  };

  it.each(Object.entries(EXERCISES))('gives %s one tip, not several', (_name, pattern) => {
    const tips = items.filter((i) => i.kind === 'tip' && pattern.test(plainText(i.body))).map((i) => i.id);
    expect(tips.length, tips.join(', ')).toBeLessThanOrEqual(1);
  });

  it('varies how tips open: no two-word opening starts more than a handful', () => {
    const tips = items.filter((i) => i.kind === 'tip');
    const limit = Math.max(4, Math.ceil(tips.length * 0.03));
    const counts = new Map<string, string[]>();
    for (const tip of tips) {
      const opening = openingPhrase(plainText(tip.body));
      counts.set(opening, [...(counts.get(opening) ?? []), tip.id]);
    }
    const overused = [...counts].filter(([, ids]) => ids.length > limit).map(([opening, ids]) => `"${opening}" opens ${ids.length}`);
    expect(overused, `at most ${limit}`).toEqual([]);
  });

  it('leans on no stock phrase: "you might" and "it can help to" each appear in at most 15% of items', () => {
    for (const phrase of [/\byou might\b/i, /\bit can help to\b/i]) {
      const users = items.filter((i) => phrase.test(textOf(i))).length;
      expect(users, String(phrase)).toBeLessThanOrEqual(Math.floor(items.length * 0.15));
    }
  });

  it('gives something to try or notice in every tip (a question, or an invitation to act)', () => {
    const INVITES = /\?|\b(try|repeat|notice|pick|name|write|jot|choose|breathe|save|list|draw|mute|spend|put|give|let|start|plan|keep|picture|imagine|think of|ask|say|tell|rest|look|find|take|turn|hold|check|set|read|stand|roll|swap|count|lower|clear|open|press|place|call|text|shift|spread|test|leave|listen|circle|sit)\b/i;
    const passive = items.filter((i) => i.kind === 'tip' && !INVITES.test(plainText(i.body))).map((i) => i.id);
    expect(passive).toEqual([]);
  });

  it('uses US spelling in the library', () => {
    const found = items.flatMap((i) => ukSpellings(textOf(i)).map((w) => `${i.id}: ${w}`));
    expect(found).toEqual([]);
  });

  it('uses US spelling in the interface (components and pages)', () => {
    const root = resolve(__dirname, '../..');
    const sources = ['components', 'entrypoints'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(tsx?|html)$/.test(f))
        .map((f) => join(dir, f)),
    );
    const found = sources.flatMap((file) => {
      // Comments are for developers; only what a person can see has to match.
      const code = readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1')
        .replace(/<!--[\s\S]*?-->/g, '');
      return ukSpellings(code).map((w) => `${file}: ${w}`);
    });
    expect(found).toEqual([]);
  });

  it('cites an authoritative source (guideline, review, health or professional body, primary source) in every article', () => {
    const weak = items
      .filter((i) => i.kind === 'article' && !i.sources.some((s) => isAuthoritative(s.url)))
      .map((i) => `${i.id}: ${i.sources.map((s) => new URL(s.url).hostname).join(', ')}`);
    expect(weak).toEqual([]);
  });

  it('marks items about crisis, self-harm or suicide sensitive, and only those', () => {
    const about = (i: CatalogItem) =>
      new RegExp(CRISIS_WORDS.source, 'i').test([i.title, plainText(i.summary)].join('\n')) ||
      crisisMentions(plainText(i.body).split(/\n+/)) >= 3;
    const unmarked = items.filter((i) => about(i) && !i.sensitive).map((i) => i.id);
    const needless = items.filter((i) => i.sensitive && !new RegExp(CRISIS_WORDS.source, 'i').test(textOf(i))).map((i) => i.id);
    expect(unmarked, 'mention crisis, self-harm or suicide on the card, or throughout').toEqual([]);
    expect(needless, 'marked sensitive but never mention it').toEqual([]);
  });

  it('never says therapists are licensed everywhere ("therapist" is not a protected title in every country)', () => {
    // A blanket statement opening a sentence or title; "check that a therapist is licensed or registered" is fine.
    const CLAIM = /(^|[.!?]\s+)(a )?therapists? (are|is|holds?|has) (a )?(clinical )?licen[sc]/im;
    expect(items.filter((i) => CLAIM.test(textOf(i))).map((i) => i.id)).toEqual([]);
  });

  it('cites 988lifeline.org or SAMHSA for every item that states facts about 988', () => {
    const official = (url: string) => /(^|\.)(988lifeline\.org|samhsa\.gov)$/.test(new URL(url).hostname);
    const uncited = items.filter((i) => /\b988\b/.test(textOf(i)) && !i.sources.some((s) => official(s.url))).map((i) => i.id);
    expect(uncited).toEqual([]);
  });

  it('promises text lines only where the help page lists them', () => {
    const textable = [...new Set(CRISIS_LINES.filter((l) => l.reach.some((r) => r.how === 'text')).map((l) => l.region))];
    const ALIASES: Record<string, string> = { 'United States': 'US', 'United Kingdom': 'UK' };
    const names = textable.flatMap((r) => [r, ALIASES[r]].filter((n): n is string => Boolean(n)));
    const overpromised: string[] = [];
    for (const i of items) {
      const sentences = textOf(i).split(/(?<=[.!?])\s+|\n+/);
      // A sentence and the one after it: "You can text instead. Lines for other places are on the page."
      sentences.forEach((s, n) => {
        const pair = `${s} ${sentences[n + 1] ?? ''}`;
        if (!/\btext(ing)?\b/i.test(pair) || !/crisis lines|help page|other (places|countries)/i.test(pair)) return;
        const namesOne = names.some((name) => new RegExp(`\\b${name}\\b`).test(pair));
        if (!namesOne || /\b(other places|other countries|many countries|every country|your country)\b/i.test(pair)) {
          overpromised.push(`${i.id}: ${pair.trim()}`);
        }
      });
    }
    expect(textable.length).toBeGreaterThan(0);
    expect(overpromised).toEqual([]);
  });

  it('keeps the safety line on advice about saying no, cold water or hard exercise, and touch', () => {
    const missing: string[] = [];
    for (const i of items) {
      const text = textOf(i);
      const boundaryAdvice = i.topics[0] === 'boundaries' && (i.kind === 'article' || /\b(still no|repeat|say it again)\b/i.test(text));
      if (boundaryAdvice && !(/\b(unsafe|not safe)\b/i.test(text) && /\b(abus\w*|coerc\w*|controlling)\b/i.test(text))) {
        missing.push(`${i.id}: saying no can be unsafe with a coercive or abusive person`);
      }
      if (boundaryAdvice && i.kind === 'article' && !JSON.stringify(i.body).includes(`"href":"${HELP_LINK}"`)) {
        missing.push(`${i.id}: a link to the help page`);
      }
      if (/\b(cold|cool|ice) (water|pack)|\bintense exercise|\bbrisk movement|\bmoving hard\b/i.test(text)) {
        if (!(/\bheart\b/i.test(text) && /\beating disorder/i.test(text) && /\bbeta.?blockers?\b/i.test(text))) {
          missing.push(`${i.id}: the medical caution (heart, eating disorder, beta-blockers)`);
        }
      }
      if (/\bhands? (on|over) (the center of )?your (chest|heart|belly)|\bhand on (your |the )?(heart|chest)|\barms around yourself|\bhug yourself/i.test(text)) {
        if (!/\btouch (doesn't|does not|may not|might not|isn't|is not) (feel )?(safe|good)/i.test(text)) missing.push(`${i.id}: touch may not feel safe`);
      }
    }
    expect(missing).toEqual([]);
  });
});
