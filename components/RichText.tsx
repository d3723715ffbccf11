import type { Block, Inline } from '../lib/content/types';
import { HELP_LINK } from '../lib/content/types';

interface Props {
  blocks: readonly Block[];
  /** Where the content's `tend:help` link goes (the bundled crisis page). */
  helpHref: string;
  /** Heading level of the item's title; body headings nest under it. */
  titleLevel?: 1 | 2;
}

type Heading = 'h2' | 'h3' | 'h4';

/** Renders compiled content as elements: text stays text, so markup in content can never run. */
export function RichText({ blocks, helpHref, titleLevel = 1 }: Props) {
  const renderInline = (nodes: readonly Inline[]) =>
    nodes.map((node, i) => {
      switch (node.t) {
        case 'text':
          return node.v;
        case 'em':
          return <em key={i}>{renderInline(node.c)}</em>;
        case 'strong':
          return <strong key={i}>{renderInline(node.c)}</strong>;
        case 'link':
          return node.href === HELP_LINK ? (
            <a key={i} href={helpHref}>
              {renderInline(node.c)}
            </a>
          ) : (
            <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
              {renderInline(node.c)}
            </a>
          );
      }
    });

  const renderBlocks = (list: readonly Block[]) =>
    list.map((block, i) => {
      switch (block.t) {
        case 'p':
          return <p key={i}>{renderInline(block.c)}</p>;
        case 'h': {
          const Tag = `h${block.level + titleLevel - 1}` as Heading;
          return <Tag key={i}>{renderInline(block.c)}</Tag>;
        }
        case 'ul':
        case 'ol': {
          const List = block.t;
          return (
            <List key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{renderBlocks(item)}</li>
              ))}
            </List>
          );
        }
        case 'quote':
          return <blockquote key={i}>{renderBlocks(block.c)}</blockquote>;
      }
    });

  return <div class="rich-text">{renderBlocks(blocks)}</div>;
}
