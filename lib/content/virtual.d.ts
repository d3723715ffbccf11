declare module 'virtual:tend-catalog' {
  import type { Card } from '@/lib/content/types';
  export const cards: Card[];
  export const catalogVersion: string;
}

declare module 'virtual:tend-articles' {
  import type { ArticleBody } from '@/lib/content/types';
  export const articleLoaders: Record<string, () => Promise<{ default: ArticleBody }>>;
}

declare module 'virtual:tend-version' {
  export const catalogVersion: string;
}
