// A backup is saved like any download: no permission, no network.
import { datedFilename, downloadFile } from '../download';

export { REVOKE_AFTER_MS } from '../download';

/** "tend-backup-2026-11-26.json", dated by the person's own calendar. */
export const backupFilename = (now: number): string => datedFilename('backup', 'json', now);

export const downloadJson = (filename: string, text: string, doc: Document = document): void =>
  downloadFile(filename, text, 'application/json', doc);
