// Settings read straight from storage (no database needed): the options page works even when
// IndexedDB does not.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/model';
import { applyLook } from '../settings/look';
import { loadSettings, updateSettings, watchSettings } from '../settings/store';

export function useStoredSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    const show = (s: Settings) => {
      applyLook(document.documentElement, s, new Date().getHours());
      setSettings(s);
    };
    void loadSettings().then(show);
    return watchSettings(show);
  }, []);

  const change = (patch: Partial<Settings>) =>
    updateSettings(patch).then(
      (s) => {
        applyLook(document.documentElement, s, new Date().getHours());
        setSettings(s);
        setStatus('Saved. Every open Tend page follows.');
      },
      (error: Error) => setStatus(`Not saved: ${error.message}`),
    );

  return { settings, status, change };
}
