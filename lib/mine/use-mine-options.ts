// The options page's "Your tips" and "Hidden items" sections: live lists from the database, and
// each action as one checked write with its outcome in words.
import { useState } from 'preact/hooks';
import type { Session } from '../ui/session';
import { useLive } from '../ui/use-live';
import { datedFilename, downloadFile } from '../download';
import { plural } from '../format';
import type { MyTipsProps } from '../../components/MyTipsSection';
import type { HiddenEntry } from '../../components/HiddenSection';
import type { MyTip, TipInput } from './model';
import { tipCard } from './model';
import { EXTENSION, formatOf, MAX_TIPS_FILE_BYTES, MIME, readTips, writeTips, type TipsFormat } from './transfer';
import type { MyTipsMode, Settings } from '../settings/model';

const FAILED = 'That change could not be saved. Nothing was changed; please try again.';

export function useMyTips(session: Session | undefined, mode: MyTipsMode, change: (patch: Partial<Settings>) => void): MyTipsProps {
  const tips = useLive(session, (s) => s.data.mine.tips(), []);
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [removed, setRemoved] = useState<{ tip: MyTip; note?: { itemId: string; text: string; at: number } }>();
  const mine = session?.data.mine;
  const outcome = (work: Promise<{ ok: true } | { ok: false; message: string }>, done: string, after?: () => void) =>
    work.then(
      (result) => {
        setError(result.ok ? undefined : result.message);
        setStatus(result.ok ? done : undefined);
        if (result.ok) after?.();
      },
      () => setError(FAILED),
    );
  return {
    tips,
    mode,
    disabled: !mine,
    editing,
    error,
    status,
    removed: removed?.tip,
    onMode: (myTips) => change({ myTips }),
    onAdd: (tip: TipInput) => void (mine && outcome(mine.addTip(tip, Date.now(), Math.random), 'Added your tip.')),
    onEdit: (id) => {
      setEditing(id);
      setError(undefined);
    },
    onSave: (id, tip) => void (mine && outcome(mine.editTip(id, tip, Date.now()), 'Saved your tip.', () => setEditing(undefined))),
    onRemove: (tip) =>
      void mine?.removeTip(tip.id).then(
        (gone) => gone.tip && setRemoved({ tip: gone.tip, ...(gone.note ? { note: gone.note } : {}) }),
        () => setError(FAILED),
      ),
    onUndoRemove: () => {
      if (removed && mine) void mine.restoreTip(removed.tip, removed.note).then(() => setStatus('Your tip is back.'), () => setError(FAILED));
      setRemoved(undefined);
    },
    onDismissRemove: () => setRemoved(undefined),
    onImport: (file) => {
      if (!mine) return;
      setStatus(`Checking “${file.name}”…`);
      // The size first: a 10 MB file is refused before it is read.
      const read = file.size > MAX_TIPS_FILE_BYTES ? Promise.resolve('') : file.text();
      void read
        .then(async (text) => {
          const parsed = readTips(text, formatOf(file.name), file.size);
          if (!parsed.ok) return { ok: false as const, message: parsed.message };
          const added = await mine.importTips(parsed.tips, Date.now(), Math.random);
          return added.ok ? { ok: true as const, count: added.value } : { ok: false as const, message: `${added.message} Nothing was imported.` };
        })
        .then(
          (result) => {
            setError(result.ok ? undefined : result.message);
            setStatus(result.ok ? `Imported ${plural(result.count, 'tip')} from “${file.name}”.` : undefined);
          },
          () => setError(`Tend could not read “${file.name}”. Nothing was imported.`),
        );
    },
    onExport: (format: TipsFormat) => {
      if (!tips?.length) return;
      const name = datedFilename('my-tips', EXTENSION[format], Date.now());
      downloadFile(name, writeTips(tips, format), MIME[format]);
      setStatus(`Exported ${plural(tips.length, 'tip')} to ${name}.`);
    },
  };
}

export function useHiddenItems(session: Session | undefined): { entries?: HiddenEntry[]; onBringBack: (itemId: string) => void } {
  const entries = useLive(
    session,
    async (s) => {
      const [hidden, tips] = await Promise.all([s.data.mine.hiddenList(), s.data.mine.tips()]);
      const mineTitles = new Map(tips.map((t) => [tipCard(t).id, tipCard(t).title]));
      return hidden.map(({ itemId }) => ({ itemId, title: s.feed.card(itemId)?.title ?? mineTitles.get(itemId) }));
    },
    [],
  );
  return { entries, onBringBack: (itemId) => void session?.data.mine.unhide(itemId) };
}
