import { describe, expect, it } from 'vitest';
import { exportedText, importedText, importFailedText } from '@/lib/backup/messages';

const counts = { adds: 2, updates: 1, unchanged: 0, removes: 3, practicesAdded: 0, practicesRemoved: 0, settingsChanged: false, yoursChanged: 0 };

describe('messages', () => {
  it('say what an export holds', () => {
    expect(exportedText('x.json', { items: [{ id: 'a', shownCount: 0 }], events: [], practices: [], settings: {} })).toBe('Exported 1 item and 0 reads to x.json.');
  });

  it('say what an import did, with removals only for a replace', () => {
    expect(importedText('f.json', 'merge', counts)).toBe('Imported “f.json”: 2 added, 1 updated, 0 unchanged.');
    expect(importedText('f.json', 'replace', { ...counts, settingsChanged: true })).toBe(
      'Replaced your data with “f.json”: 2 added, 1 updated, 0 unchanged, 3 removed. Your settings were updated.',
    );
    expect(importedText('f.json', 'replace', { ...counts, practicesAdded: 1, practicesRemoved: 2 })).toBe(
      'Replaced your data with “f.json”: 2 added, 1 updated, 0 unchanged, 3 removed, 1 practice logged, 2 practices taken off the log.',
    );
  });

  it('case 12: a full disk gets its own message; every failure says nothing changed', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const dexieWrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    expect(importFailedText(quota)).toMatch(/^There is not enough storage space for this import\. Nothing was changed\./);
    expect(importFailedText(dexieWrapped)).toMatch(/not enough storage space/);
    expect(importFailedText(new Error('other'))).toBe('Tend could not finish the import. Nothing was changed. Please try again.');
  });
});
