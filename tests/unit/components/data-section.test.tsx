import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { DataSection, type DataSectionProps, type ImportPreviewData } from '@/components/DataSection';

afterEach(cleanup);

const preview: ImportPreviewData = {
  fileName: 'tend-backup-2026-11-26.json',
  exportedAt: '2026-11-26T09:30:00.000Z',
  appVersion: '0.1.0',
  unknownCount: 1,
  file: { saved: 4, read: 3, practices: 2, tips: 0, notes: 0, hidden: 0, settings: true },
  merge: { after: { saved: 6, read: 5, practices: 2, tips: 0, notes: 0, hidden: 0, settings: true }, settingsChanged: false },
  replace: { after: { saved: 4, read: 3, practices: 1, tips: 0, notes: 0, hidden: 0, settings: true }, settingsChanged: true },
};

function setup(overrides: Partial<DataSectionProps> = {}) {
  const props: DataSectionProps = {
    disabled: false,
    busy: false,
    mode: 'merge',
    onExport: vi.fn(),
    onChooseFile: vi.fn(),
    onModeChange: vi.fn(),
    onApply: vi.fn(),
    onCancelImport: vi.fn(),
    onClearAll: vi.fn(),
    onConfirm: vi.fn(),
    onCancelConfirm: vi.fn(),
    ...overrides,
  };
  const view = render(<DataSection {...props} />);
  return { props, view };
}

const counts = () => within(screen.getByTestId('import-counts')).getAllByRole('listitem').map((li) => li.textContent);

describe('DataSection', () => {
  it('has export, import and clear, each labelled', () => {
    const { props } = setup();
    expect(screen.getByText('Export')).toBeTruthy();
    expect(screen.getByText('Import')).toBeTruthy();
    expect(screen.getByText('Clear everything')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    expect(props.onExport).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all data…' }));
    expect(props.onClearAll).toHaveBeenCalledOnce();
  });

  it('hands the chosen file over through a labelled file input, and forgets it so the same file can be chosen again', () => {
    const { props } = setup();
    const input = screen.getByLabelText(/Choose a Tend backup file/) as HTMLInputElement;
    expect(input.type).toBe('file');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(props.onChooseFile).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });

  it('case 21: previews a merge by default: what the file holds, what you would have after, unknown items kept', () => {
    const { props } = setup({ preview });
    expect(counts()).toEqual([
      'In the file: 4 saved, 3 read, 2 practices, your settings',
      'After merging: 6 saved, 5 read, 2 practices',
      'Your settings stay as they are',
      '1 item this version of Tend does not know, kept for later',
    ]);
    expect(screen.getByText(/exported .* by Tend 0\.1\.0/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: /Merge/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('radiogroup', { name: 'How to import' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Merge into my data' }));
    expect(props.onApply).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('radio', { name: /Replace/ }));
    expect(props.onModeChange).toHaveBeenCalledWith('replace');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancelImport).toHaveBeenCalledOnce();
  });

  it('case 21: previews a replace with what you would have after it, and asks before replacing', () => {
    setup({ preview, mode: 'replace' });
    expect(counts()).toEqual([
      'In the file: 4 saved, 3 read, 2 practices, your settings',
      'After replacing: 4 saved, 3 read, 1 practice',
      'Your settings will change',
      '1 item this version of Tend does not know, kept for later',
    ]);
    expect(screen.getByRole('button', { name: 'Replace my data…' })).toBeTruthy();
  });

  it('case 21: the replace question offers a download of the current data first', () => {
    const { props } = setup({ preview, mode: 'replace', confirming: 'replace', message: { text: 'Exported 3 saved, 1 read to x.json.', error: false, at: 'export' } });
    const dialog = screen.getByRole('dialog', { name: 'Replace all your Tend data?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Download my current data first' }));
    expect(props.onExport).toHaveBeenCalledOnce();
    // While the question is open, news is announced inside it (the page behind is inert).
    expect(within(dialog).getByRole('status').textContent).toBe('Exported 3 saved, 1 read to x.json.');
    expect(screen.getByTestId('data-message').textContent).toBe('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my data' }));
    expect(props.onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(props.onCancelConfirm).toHaveBeenCalledOnce();
  });

  it('asks before clearing everything', () => {
    const { props } = setup({ confirming: 'clear' });
    const dialog = screen.getByRole('dialog', { name: 'Clear all your Tend data?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Clear all data' }));
    expect(props.onConfirm).toHaveBeenCalledOnce();
  });

  it('case 18: shows errors in the polite live region, marked as errors', () => {
    setup({ message: { text: 'This file is not a Tend backup. Nothing was changed.', error: true, at: 'import' } });
    const status = screen.getByTestId('data-message');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('This file is not a Tend backup. Nothing was changed.');
    expect(status.classList.contains('data__message--error')).toBe(true);
  });

  it('turns everything off while storage is unavailable', () => {
    setup({ disabled: true });
    expect((screen.getByRole('button', { name: 'Export my data' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Clear all data…' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText(/Choose a Tend backup file/) as HTMLInputElement).disabled).toBe(true);
  });

  it('case 31: while an import runs, it shows how far it is and every control waits, Merge and Cancel included', () => {
    const { props } = setup({ preview, busy: true, progress: { written: 40_000, total: 100_000 }, message: { text: 'Importing “x.json”…', error: false, at: 'import' } });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([40_000, 100_000]);
    for (const name of ['Export my data', 'Clear all data…', 'Merge into my data', 'Cancel']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled, name).toBe(true);
    }
    expect((screen.getByLabelText(/Choose a Tend backup file/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: /^Replace/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.submit(screen.getByRole('button', { name: 'Merge into my data' }).closest('form')!);
    expect(props.onApply).not.toHaveBeenCalled();
  });

  it('case 26: renders markup in an imported file’s name as text', () => {
    const { view } = setup({ preview: { ...preview, fileName: '<img src=x onerror=alert(1)>.json', appVersion: '<b>1</b>' } });
    expect(view.container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>.json')).toBeTruthy();
  });

  it('moves the focus back to the file input when the preview closes', () => {
    const { view, props } = setup({ preview });
    (screen.getByRole('button', { name: 'Merge into my data' }) as HTMLButtonElement).focus();
    view.rerender(<DataSection {...props} preview={undefined} />);
    expect(document.activeElement).toBe(screen.getByLabelText(/Choose a Tend backup file/));
  });
});
