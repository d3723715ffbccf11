// Build-time only: Markdown files with frontmatter → checked catalog items.
// Every failure names the file and the reason, so the build and the tests say what to fix.
import { parse as parseYaml } from 'yaml';
import * as v from 'valibot';
import { LIMITS, describeIssue, frontmatterSchema } from './contract.ts';
import { countWords, markdownToBlocks, MarkdownError, plainText } from './markdown.ts';
import type { CatalogItem } from '../../lib/content/types.ts';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ContentError';
  }
}

export interface SourceFile {
  /** Path relative to the content folder, e.g. "stress/stress-box-breathing.md". */
  path: string;
  text: string;
}

const WORDS_PER_MINUTE = 200;
const FRONTMATTER = /^---\r?\n(?<yaml>[\s\S]*?)\r?\n---\r?\n?(?<body>[\s\S]*)$/;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function splitFrontmatter(file: SourceFile): { data: unknown; body: string } {
  const groups = FRONTMATTER.exec(file.text)?.groups;
  if (!groups?.yaml || groups.body === undefined) throw new ContentError(file.path, 'must start with a --- frontmatter block ---');
  try {
    return { data: parseYaml(groups.yaml) as unknown, body: groups.body };
  } catch (error) {
    throw new ContentError(file.path, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function compileItem(file: SourceFile): CatalogItem {
  const { data, body: markdown } = splitFrontmatter(file);
  const parsed = v.safeParse(frontmatterSchema, data);
  if (!parsed.success) throw new ContentError(file.path, describeIssue(parsed.issues));
  const fm = parsed.output;
  const bad = (reason: string): never => {
    throw new ContentError(file.path, reason);
  };

  const expectedName = `${fm.id}.md`;
  if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
    bad(`file name must be ${expectedName} (the id)`);
  }

  let body;
  try {
    body = markdownToBlocks(markdown);
  } catch (error) {
    if (error instanceof MarkdownError) return bad(error.message);
    throw error;
  }
  if (body.length === 0) bad('body is empty');
  const text = plainText(body);

  const item: CatalogItem = {
    id: fm.id,
    kind: fm.kind,
    title: fm.title,
    topics: fm.topics,
    summary: body,
    body,
    sources: fm.sources,
    reviewed: fm.reviewed,
  };
  if (fm.practice) item.practice = fm.practice;
  if (fm.sensitive) item.sensitive = true;

  if (fm.kind === 'tip') {
    if (fm.excerpt !== undefined) bad('excerpt is for articles only');
    if (text.length > LIMITS.tipBody) bad(`tip body is ${text.length} characters; at most ${LIMITS.tipBody}`);
    if (body.some((b) => b.t !== 'p')) bad('a tip body may only hold paragraphs');
    return item;
  }

  if (fm.practice) bad('practice is for tips only');
  if (fm.excerpt === undefined) bad('excerpt: an article needs one');
  if (fm.sources.length === 0) bad('sources: an article needs at least one');
  const words = countWords(text);
  const [min, max] = LIMITS.articleWords;
  if (words < min || words > max) bad(`article body is ${words} words; it must be ${min}–${max}`);
  return {
    ...item,
    excerpt: fm.excerpt,
    summary: [{ t: 'p', c: [{ t: 'text', v: fm.excerpt as string }] }],
    minutes: readingMinutes(words),
  };
}

/** Compiles every file; ids must be unique. Items come back sorted by id for a stable build. */
export function compileCatalog(files: readonly SourceFile[]): CatalogItem[] {
  const seen = new Map<string, string>();
  const items = files.map((file) => {
    const item = compileItem(file);
    const other = seen.get(item.id);
    if (other) throw new ContentError(file.path, `duplicate id "${item.id}" (also in ${other})`);
    seen.set(item.id, file.path);
    return item;
  });
  return items.sort((a, b) => a.id.localeCompare(b.id));
}
