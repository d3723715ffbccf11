// Wires the options page's "Your data" section to export, import and clear.
import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Session } from './session';
import { createBackupData } from '../db/backup';
import type { UserData } from '../backup/data';
import { backupText, makeBackup, parseBackup, TOO_LARGE } from '../backup/format';
import { planMerge, planReplace, type ImportMode, type Plan } from '../backup/merge';
import { summarize } from '../backup/summary';
import { LIMITS } from '../backup/schema';
import { backupFilename, downloadJson } from '../backup/download';
import * as say from '../backup/messages';
import type { DataConfirm, DataMessage, DataSectionProps, ImportOutcome } from '../../components/DataSection';

export interface DataSectionDeps {
  now: () => number;
  appVersion: () => string;
  download: (filename: string, text: string) => void;
}

const DEFAULT_DEPS: DataSectionDeps = {
  now: Date.now,
  appVersion: () => browser.runtime.getManifest().version,
  download: downloadJson,
};

/** What a person would have after the import, and whether their settings would change. */
const outcomeOf = (plan: Plan): ImportOutcome => ({ after: summarize(plan.result), settingsChanged: plan.settingsChanged });

interface Pending {
  fileName: string;
  data: UserData;
}

export function useDataSection(session: Session | undefined, deps: DataSectionDeps = DEFAULT_DEPS): DataSectionProps {
  const backup = useMemo(() => session && createBackupData(session.data.db), [session]);
  const knownIds = useMemo(() => new Set(session?.cards.map((c) => c.id)), [session]);
  const [message, setMessage] = useState<DataMessage>();
  const [pending, setPending] = useState<Pending>();
  const [preview, setPreview] = useState<DataSectionProps['preview']>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState<DataConfirm>();
  const [progress, setProgress] = useState<DataSectionProps['progress']>();
  // A ref for the guard (two clicks in one frame), state for the page (buttons off while it runs).
  const busy = useRef(false);
  const [working, setWorking] = useState(false);

  // Each message shows beside the control it is about.
  const done = (text: string, at: DataMessage['at'] = 'import') => setMessage({ text, error: false, at });
  const failed = (text: string, at: DataMessage['at'] = 'import') => setMessage({ text, error: true, at });

  /** Runs one action at a time; a failure becomes `failure`'s message, never an unhandled rejection. */
  async function run(work: (b: NonNullable<typeof backup>) => Promise<void>, failure: (error: unknown) => string, at: DataMessage['at'] = 'import') {
    if (!backup || busy.current) return;
    busy.current = true;
    setWorking(true);
    try {
      await work(backup);
    } catch (error) {
      console.warn('Tend: a data action failed', error);
      failed(failure(error), at);
    } finally {
      busy.current = false;
      setWorking(false);
      setProgress(undefined);
    }
  }

  const exportData = () =>
    run(async (b) => {
      const snapshot = await b.snapshot();
      const now = deps.now();
      const filename = backupFilename(now);
      deps.download(filename, backupText(makeBackup(snapshot, now, deps.appVersion())));
      done(say.exportedText(filename, snapshot), 'export');
    }, () => say.EXPORT_FAILED, 'export');

  const forget = () => {
    setPending(undefined);
    setPreview(undefined);
    setMode('merge');
  };

  const importData = (importMode: ImportMode) =>
    run(async (b) => {
      if (!pending) return;
      done(say.importingText(pending.fileName));
      setProgress({ written: 0, total: 1 });
      const plan = await b.importData(pending.data, importMode, (written, total) => setProgress({ written, total }));
      forget();
      done(say.importedText(pending.fileName, importMode, plan));
    }, say.importFailedText);

  return {
    disabled: !backup,
    busy: working,
    progress,
    message,
    preview,
    mode,
    confirming,
    onExport: () => void exportData(),
    onChooseFile: (file) =>
      void run(async (b) => {
        forget();
        if (file.size > LIMITS.bytes) return failed(`${TOO_LARGE} ${say.NOTHING_CHANGED}`);
        done(say.checkingText(file.name));
        const parsed = parseBackup(await file.text(), knownIds, deps.now());
        if (!parsed.ok) return failed(`${parsed.message} ${say.NOTHING_CHANGED}`);
        const { data, exportedAt, appVersion } = parsed.backup;
        const current = await b.snapshot();
        setPending({ fileName: file.name, data });
        setPreview({
          fileName: file.name,
          exportedAt,
          appVersion,
          unknownCount: parsed.unknownIds.length,
          file: summarize(data),
          merge: outcomeOf(planMerge(current, data)),
          replace: outcomeOf(planReplace(current, data)),
        });
        done(say.checkedText(file.name));
      }, () => say.READ_FAILED),
    onModeChange: setMode,
    onApply: () => {
      if (mode === 'merge') return void importData('merge');
      setMessage(undefined);
      setConfirming('replace');
    },
    onCancelImport: () => {
      forget();
      done(`Import cancelled. ${say.NOTHING_CHANGED}`);
    },
    onClearAll: () => {
      setMessage(undefined);
      setConfirming('clear');
    },
    onConfirm: () => {
      setConfirming(undefined);
      if (confirming === 'replace') void importData('replace');
      if (confirming === 'clear')
        void run(async (b) => {
          await b.clearAll();
          forget();
          done(say.CLEARED, 'clear');
        }, () => say.CLEAR_FAILED, 'clear');
    },
    onCancelConfirm: () => {
      done(say.NOTHING_CHANGED, confirming === 'clear' ? 'clear' : 'import');
      setConfirming(undefined);
    },
  };
}
