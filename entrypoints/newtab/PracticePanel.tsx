// The practice view's wiring on the new tab, loaded on first use (see use-practice-view.ts). The
// view itself (and its stylesheet) loads from here, so the new tab's first paint carries no code to
// load stylesheets.
import { useEffect } from 'preact/hooks';
import type { Practice } from '@/lib/content/types';
import type { Session } from '@/lib/ui/session';
import { usePractice } from '@/lib/ui/use-practice';
import { useLazy } from '@/components/use-lazy';

export interface PracticePanelProps {
  kind: Practice;
  session?: Session;
  onClose: () => void;
  /** Hands the page what to announce in its status region. */
  onAnnounce: (text: string) => void;
}

export function PracticePanel({ kind, session, onClose, onAnnounce }: PracticePanelProps) {
  const practice = usePractice(session, kind, onClose);
  useEffect(() => onAnnounce(practice.announcement), [practice.announcement]);
  const view = useLazy(() => import('@/components/PracticeView'), true);
  return (
    view && (
      <view.PracticeView
        kind={kind}
        breathing={practice.breathing}
        grounding={practice.grounding}
        back={{ label: 'Back to the item', onClick: onClose }}
      />
    )
  );
}
