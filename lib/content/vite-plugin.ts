// Compiles content/**/*.md into virtual modules at build time, so the browser never parses Markdown:
//   virtual:tend-catalog      cards (everything a new tab shows) + a version hash
//   virtual:tend-version      the version hash alone (tiny: the new tab's first paint needs only it)
//   virtual:tend-articles     one lazy loader per article body
//   virtual:tend-article/ID   one article's body and sources (its own small chunk)
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileCatalog, type SourceFile } from './compile.ts';
import { listContentFiles, readContentFiles } from './files.ts';
import type { ArticleBody, Card, CatalogItem } from './types.ts';

const PREFIX = 'virtual:tend-';

function toCard(item: CatalogItem): Card {
  const { id, kind, title, topics, summary, minutes, practice } = item;
  return { id, kind, title, topics, summary, ...(minutes ? { minutes } : {}), ...(practice ? { practice } : {}) };
}

function moduleFor(name: string, items: CatalogItem[]): string | undefined {
  const json = JSON.stringify(items.map(toCard));
  const version = JSON.stringify(createHash('sha256').update(json).digest('hex').slice(0, 12));
  if (name === 'version') return `export const catalogVersion = ${version};`;
  if (name === 'catalog') {
    return `export const cards = JSON.parse(${JSON.stringify(json)});\nexport const catalogVersion = ${version};`;
  }
  if (name === 'articles') {
    const loaders = items
      .filter((item) => item.kind === 'article')
      .map((item) => `  ${JSON.stringify(item.id)}: () => import(${JSON.stringify(`${PREFIX}article/${item.id}`)}),`);
    return `export const articleLoaders = {\n${loaders.join('\n')}\n};`;
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

  return {
    name: 'tend-content',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      for (const file of listContentFiles(dir)) this.addWatchFile(file);
      const code = moduleFor(id.slice(PREFIX.length + 1), catalog());
      if (code === undefined) this.error(`Tend content: no module ${id.slice(1)}`);
      return code;
    },
    watchChange(id) {
      if (id.startsWith(dir)) cache = undefined;
    },
  };
}
