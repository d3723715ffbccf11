// Plain text of compiled content: used at build time (limits, search text) and at run time (search).
import type { Block, Inline } from './types';

export function plainText(blocks: readonly Block[]): string {
  const inlineText = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
  return blocks
    .map((b) => {
      if (b.t === 'p' || b.t === 'h') return inlineText(b.c);
      if (b.t === 'quote') return plainText(b.c);
      return b.items.map((item) => plainText(item)).join('\n');
    })
    .join('\n\n');
}
