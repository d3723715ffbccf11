// The new tab's inline reading view. It is a history entry, so Back returns to the item.
import { useEffect, useState } from 'preact/hooks';
import type { ArticleBody } from '@/lib/content/types';

export function useReader(itemId: string | undefined) {
  const [article, setArticle] = useState<{ id: string; body?: ArticleBody }>();

  useEffect(() => {
    const onPop = () => setArticle(undefined);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const open = () => {
    if (!itemId || article) return;
    history.pushState({ reading: itemId }, '');
    setArticle({ id: itemId });
    // The library's loaders load with the first article opened, not with the first paint.
    void import('@/lib/content/loaders')
      .then(({ loadArticle }) => loadArticle(itemId))
      .then((body) => setArticle((a) => (a?.id === itemId ? { id: itemId, body } : a)));
  };
  const close = () => {
    if (article) history.back();
  };
  return { reading: article?.id === itemId ? article : undefined, open, close };
}
