// Compiles content/**/*.md into virtual modules at build time, so the browser never parses Markdown:
//   virtual:tend-version      the catalog's version hash alone (tiny: the new tab's first paint needs only it)
//   virtual:tend-first        one short tip, for a first paint with nothing prepared (a first run)
//   virtual:tend-index        id, kind and topics of every item: all that rotation needs
//   virtual:tend-cards/TOPIC  the cards (what a new tab shows) of one primary topic, a chunk each; in a
//                             build, a module that fetches library/TOPIC.json (see `cardsModule`)
//   virtual:tend-topics       one lazy loader per topic's cards
//   virtual:tend-catalog      every card (imports every topic chunk) + the version hash
//   virtual:tend-articles     one lazy loader per article body
//   virtual:tend-article/ID   one article's body and sources (its own small chunk)
//   virtual:tend-search       each item's whole body as plain text, for the pages that search
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalog, type SourceFile } from './compile.ts';
import { listContentFiles, readContentFiles } from './files.ts';
import { plainText } from './markdown.ts';
import { TOPICS, type ArticleBody, type Card, type CatalogItem, type IndexEntry } from '../../lib/content/types.ts';

const PREFIX = 'virtual:tend-';

/** The part of an item a new tab or the popup shows. */
export function toCard(item: CatalogItem): Card {
  const { id, kind, title, topics, summary, minutes, practice, sensitive } = item;
  return {
    id,
    kind,
    title,
    topics,
    summary,
    ...(minutes ? { minutes } : {}),
    ...(practice ? { practice } : {}),
    ...(sensitive ? { sensitive } : {}),
  };
}

/** What rotation needs of an item: no text, and whether it must stay off unasked-for views. */
export function toIndexEntry({ id, kind, topics, sensitive }: Card): IndexEntry {
  return { id, kind, topics, ...(sensitive ? { sensitive } : {}) };
}

/**
 * The shortest gentle tip: what a new tab paints when nothing was prepared for it (a first run).
 * Not about getting help: a first glance at Tend should be something to try, not a reason to worry.
 */
export function firstCard(cards: readonly Card[]): Card | undefined {
  const size = (card: Card) => JSON.stringify(card).length;
  const gentle = (c: Card) => c.kind === 'tip' && !c.sensitive && !c.practice && !c.topics.includes('getting-help');
  return cards.filter(gentle).sort((a, b) => size(a) - size(b) || (a.id < b.id ? -1 : 1))[0];
}

const jsonModule = (name: string, value: unknown) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * A topic's cards in a build: the JSON is a file of the package (`file`, emitted beside the
 * scripts) that the module fetches, not a string in the module. A module's source stays in memory
 * as long as the page (the browser keeps it, and its compiled code holds the string again): at
 * 5,000 items the eight topics' sources were 2.2 MB of a list page's heap; a fetched text is
 * garbage once parsed. Top-level await keeps the module's shape (`cards`) for every importer.
 */
export function cardsModule(file: string): string {
  return [
    `const response = await fetch(${JSON.stringify(`/${file}`)});`,
    `if (!response.ok) throw new Error(${JSON.stringify(`Tend: could not load the library's ${file}`)} + " (" + response.status + ")");`,
    'export const cards = await response.json();',
  ].join('\n');
}

/** The cards and the version hash of one compiled catalog, worked out once: a build asks for a module per topic and per article (1,200 at 5,000 items). */
const derived = new WeakMap<CatalogItem[], { cards: Card[]; version: string }>();

function cardsOf(items: CatalogItem[]): { cards: Card[]; version: string } {
  let found = derived.get(items);
  if (!found) {
    const cards = items.map(toCard);
    found = { cards, version: JSON.stringify(createHash('sha256').update(JSON.stringify(cards)).digest('hex').slice(0, 12)) };
    derived.set(items, found);
  }
  return found;
}

/** Where a build writes the files its modules fetch; undefined outside a build (tests, the dev server). */
type EmitFile = ((file: string, source: string) => void) | undefined;

function moduleFor(name: string, items: CatalogItem[], emit: EmitFile): string | undefined {
  const { cards, version } = cardsOf(items);
  const topicIds = TOPICS.map((t) => t.id);
  if (name === 'version') return `export const catalogVersion = ${version};`;
  if (name === 'index') return jsonModule('index', cards.map(toIndexEntry));
  if (name === 'first') return jsonModule('firstCard', firstCard(cards) ?? null);
  if (name.startsWith('cards/')) {
    const topic = name.slice('cards/'.length);
    const ofTopic = cards.filter((c) => c.topics[0] === topic);
    if (!emit) return jsonModule('cards', ofTopic);
    const file = `library/${topic}.json`;
    emit(file, JSON.stringify(ofTopic));
    return cardsModule(file);
  }
  if (name === 'topics') {
    const loaders = topicIds.map((t) => `  ${JSON.stringify(t)}: () => import(${JSON.stringify(`${PREFIX}cards/${t}`)}),`);
    return `export const topicLoaders = {\n${loaders.join('\n')}\n};`;
  }
  if (name === 'catalog') {
    const imports = topicIds.map((t, i) => `import { cards as c${i} } from ${JSON.stringify(`${PREFIX}cards/${t}`)};`);
    const all = topicIds.map((_, i) => `...c${i}`).join(', ');
    return `${imports.join('\n')}\nexport const cards = [${all}].sort((a, b) => (a.id < b.id ? -1 : 1));\nexport const catalogVersion = ${version};`;
  }
  if (name === 'articles') {
    const loaders = items
      .filter((item) => item.kind === 'article')
      .map((item) => `  ${JSON.stringify(item.id)}: () => import(${JSON.stringify(`${PREFIX}article/${item.id}`)}),`);
    return `export const articleLoaders = {\n${loaders.join('\n')}\n};`;
  }
  if (name === 'search') {
    const docs = items.map((item) => ({ id: item.id, text: plainText(item.body) }));
    return jsonModule('searchDocs', docs);
  }
  if (name.startsWith('article/')) {
    const item = items.find((i) => i.id === name.slice('article/'.length) && i.kind === 'article');
    if (!item) return undefined;
    const article: ArticleBody = { body: item.body, sources: item.sources, reviewed: item.reviewed };
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(article))});`;
  }
  return undefined;
}

export function tendContent(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'content');
  let cache: CatalogItem[] | undefined;
  const catalog = (): CatalogItem[] => (cache ??= compileCatalog(readContentFiles(dir) satisfies SourceFile[]));
  let building = false;

  return {
    name: 'tend-content',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      for (const file of listContentFiles(dir)) this.addWatchFile(file);
      const emit: EmitFile = building ? (fileName, source) => void this.emitFile({ type: 'asset', fileName, source }) : undefined;
      const code = moduleFor(id.slice(PREFIX.length + 1), catalog(), emit);
      if (code === undefined) this.error(`Tend content: no module ${id.slice(1)}`);
      return code;
    },
    watchChange(id) {
      if (id.startsWith(dir)) cache = undefined;
    },
  };
}
