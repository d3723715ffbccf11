import { useEffect } from 'preact/hooks';

/**
 * Scrolls to the element the address's #fragment names once the page's content is in place: the
 * browser's own scroll runs at load, before content that loads asynchronously has moved it down
 * (e.g. "Export your data" from a storage notice, to options.html#data-heading).
 */
export function useScrollToHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || location.hash.length < 2) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [ready]);
}
