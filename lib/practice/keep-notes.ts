// Keeping grounding notes is the person's choice: a text file they save, never something Tend stores.
import { datedFilename, downloadFile } from '../download';

/** "tend-grounding-2026-11-26.txt", dated by the person's own calendar. */
export const notesFilename = (now: number): string => datedFilename('grounding', 'txt', now);

export const downloadText = (filename: string, text: string, doc: Document = document): void =>
  downloadFile(filename, text, 'text/plain;charset=utf-8', doc);
