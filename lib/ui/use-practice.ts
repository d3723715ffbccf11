// A page's practice (the new tab's inline view, or the practice page): breathing and grounding
// state, logging a finished one, the status text to announce, and Escape.
import { useEffect, useRef } from 'preact/hooks';
import type { Practice } from '../content/types';
import type { Session } from './session';
import { createPracticeData } from '../db/practice';
import { useBreathing } from './use-breathing';
import { useGrounding } from './use-grounding';

/**
 * @param kind the practice shown, or undefined when none is
 * @param onEscape what Escape does when no breathing session is running (a running one stops)
 */
export function usePractice(session: Session | undefined, kind: Practice | undefined, onEscape: () => void) {
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const record = (type: Practice) => (seconds: number) => {
    const s = sessionRef.current;
    // Without storage the practice still works; it only goes unlogged.
    if (!s) return;
    createPracticeData(s.data.db)
      .recordPractice(type, Date.now(), seconds)
      .catch((error: unknown) => console.warn('Tend: could not log the practice', error));
  };
  const breathing = useBreathing(record('breathing'));
  const grounding = useGrounding(record('grounding'));

  // Opening or closing starts afresh: a session left by Back stops (and is not logged), and the
  // notes from last time are forgotten.
  useEffect(() => {
    breathing.reset();
    grounding.restart();
  }, [kind]);

  const latest = useRef({ running: false, onStop: () => {}, onEscape });
  latest.current = { running: breathing.props.stage === 'running', onStop: breathing.props.onStop, onEscape };
  useEffect(() => {
    if (!kind) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      const { running, onStop, onEscape: escape } = latest.current;
      if (kind === 'breathing' && running) onStop();
      else escape();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [kind]);

  const announcement = kind === 'breathing' ? breathing.announcement : kind === 'grounding' ? grounding.announcement : '';
  return { breathing: breathing.props, grounding: grounding.props, announcement };
}
