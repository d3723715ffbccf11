// Build-time only: turns Markdown into Tend's small tree of allowed nodes, or says why not.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { HELP_LINK, type Block, type Inline } from '../../lib/content/types.ts';

export { plainText } from '../../lib/content/text.ts';

export class MarkdownError extends Error {}

function fail(node: Nodes, what: string): never {
  const line = node.position?.start.line;
  throw new MarkdownError(line ? `line ${line} of the body: ${what}` : what);
}

function checkHref(node: Nodes, url: string): string {
  if (url === HELP_LINK || /^https:\/\/[^\s]+$/.test(url)) return url;
  fail(node, `link "${url}" is not allowed (https:// links or ${HELP_LINK} only)`);
}

function inline(nodes: PhrasingContent[]): Inline[] {
  return nodes.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { t: 'text', v: node.value.replace(/\s*\n\s*/g, ' ') };
      case 'emphasis':
        return { t: 'em', c: inline(node.children) };
      case 'strong':
        return { t: 'strong', c: inline(node.children) };
      case 'link':
        return { t: 'link', href: checkHref(node, node.url), c: inline(node.children) };
      default:
        return fail(node, `${describe(node.type)} is not allowed`);
    }
  });
}

function block(node: RootContent): Block {
  switch (node.type) {
    case 'paragraph':
      return { t: 'p', c: inline(node.children) };
    case 'heading':
      if (node.depth !== 2 && node.depth !== 3) fail(node, `a level-${node.depth} heading is not allowed (use ## or ###)`);
      return { t: 'h', level: node.depth, c: inline(node.children) };
    case 'list':
      return {
        t: node.ordered ? 'ol' : 'ul',
        items: node.children.map((item) => item.children.map(block)),
      };
    case 'blockquote':
      return { t: 'quote', c: node.children.map(block) };
    default:
      return fail(node, `${describe(node.type)} is not allowed`);
  }
}

const NAMES: Record<string, string> = {
  html: 'raw HTML',
  image: 'an image',
  imageReference: 'an image',
  linkReference: 'a reference-style link',
  definition: 'a link definition',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  code: 'a code block',
  inlineCode: 'inline code',
  thematicBreak: 'a horizontal rule',
  break: 'a hard line break',
  table: 'a table',
};

function describe(type: string): string {
  return NAMES[type] ?? `a "${type}" node`;
}

export function markdownToBlocks(markdown: string): Block[] {
  return fromMarkdown(markdown).children.map(block);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
