// Saving a file from a page without any permission or network: a Blob, an object URL and a
// temporary <a download>, the way the browser saves any link.

/** "tend-backup-2026-11-26.json", dated by the person's own calendar. */
export function backupFilename(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tend-backup-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.json`;
}

/** How long the file's object URL lives: some browsers start reading it only after the click returns. */
export const REVOKE_AFTER_MS = 60_000;

export function downloadJson(filename: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
