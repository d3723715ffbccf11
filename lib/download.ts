// Saving a file from a page without any permission or network: a Blob, an object URL and a
// temporary <a download>, the way the browser saves any link.

/** How long the file's object URL lives: some browsers start reading it only after the click returns. */
export const REVOKE_AFTER_MS = 60_000;

/** "tend-backup-2026-11-26.json": a name dated by the person's own calendar. */
export function datedFilename(stem: string, extension: string, now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tend-${stem}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${extension}`;
}

export function downloadFile(filename: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
