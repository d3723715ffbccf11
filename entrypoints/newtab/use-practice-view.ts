// The new tab's practice view (breathing or grounding), inline like the reader: it is a history
// entry, so Back returns to the item. Its code loads on first use, off the new tab's first paint.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Practice } from '@/lib/content/types';
import type { PracticePanelProps } from './PracticePanel';

export function usePracticeView() {
  const [kind, setKind] = useState<Practice>();
  const [Panel, setPanel] = useState<ComponentType<PracticePanelProps>>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const onPop = () => setKind(undefined);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Back on the item: its page takes the focus the practice's buttons had.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!kind && wasOpen.current) {
      setAnnouncement('');
      document.getElementById('main')?.focus();
    }
    wasOpen.current = kind !== undefined;
  }, [kind]);

  const open = (practice: Practice) => {
    if (kind) return;
    history.pushState({ practice }, '');
    setKind(practice);
    if (!Panel) {
      import('./PracticePanel').then(
        (m) => setPanel(() => m.PracticePanel),
        (error: unknown) => {
          // Nothing to show: step back to the item rather than leave an empty page.
          console.warn('Tend: the practice could not load', error);
          history.back();
        },
      );
    }
  };
  const close = () => {
    if (kind) history.back();
  };
  return { kind, Panel, announcement, onAnnounce: setAnnouncement, open, close };
}
