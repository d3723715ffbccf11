// One item's note for a page that shows the item (the item page, the new tab's reader).
import { useState } from 'preact/hooks';
import type { Session } from '../ui/session';
import { useLive } from '../ui/use-live';

export interface NoteProps {
  note: string;
  title: string;
  error?: string;
  onSave: (text: string) => Promise<boolean>;
}

export function useNote(session: Session | undefined, itemId: string | undefined, title = ''): NoteProps | undefined {
  const note = useLive(session, itemId === undefined ? undefined : (s) => s.data.mine.note(itemId), [itemId]);
  const [error, setError] = useState<string>();
  if (!session || itemId === undefined) return undefined;
  return {
    note: note?.text ?? '',
    title,
    ...(error ? { error } : {}),
    onSave: (text) =>
      session.data.mine.setNote(itemId, text, Date.now()).then(
        (r) => (setError(r.ok ? undefined : r.message), r.ok),
        () => (setError('That note could not be saved. Please try again.'), false),
      ),
  };
}
