import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupFilename, downloadJson, REVOKE_AFTER_MS } from '@/lib/backup/download';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('backupFilename', () => {
  it('dates the file by the local calendar', () => {
    expect(backupFilename(new Date(2026, 10, 26, 23, 59).getTime())).toBe('tend-backup-2026-11-26.json');
    expect(backupFilename(new Date(2027, 0, 5, 0, 1).getTime())).toBe('tend-backup-2027-01-05.json');
  });
});

describe('downloadJson', () => {
  it('saves through a temporary <a download> over a Blob URL, then lets the URL go', async () => {
    vi.useFakeTimers();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:tend/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    downloadJson('tend-backup-2026-11-26.json', '{"a":1}');

    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('tend-backup-2026-11-26.json');
    expect(clicks[0]!.getAttribute('href')).toBe('blob:tend/1');
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"a":1}');
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoked).toHaveBeenCalledWith('blob:tend/1');
  });
});
