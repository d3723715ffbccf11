// Lazy ways into the bundled library. Importing this module costs nothing: every piece of
// content is a dynamic import, loaded when first asked for.
import type { ArticleBody, Card } from './types';

export async function loadArticle(id: string): Promise<ArticleBody | undefined> {
  const { articleLoaders } = await import('virtual:tend-articles');
  const load = articleLoaders[id];
  return load ? (await load()).default : undefined;
}

/** Any item from the bundle, for when storage cannot open: the page never stays empty. */
export async function fallbackCard(random: () => number = Math.random): Promise<Card | undefined> {
  const { cards } = await import('virtual:tend-catalog');
  return cards[Math.floor(random() * cards.length)];
}
