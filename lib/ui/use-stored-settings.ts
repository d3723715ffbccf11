// Settings read straight from storage (no database needed): the options page works even when
// IndexedDB does not.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/model';
import { applyLook } from '../settings/look';
import { loadSettings, resetSettings, updateSettings, watchSettings } from '../settings/store';

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

  const saved = (message: string) => (s: Settings) => {
    applyLook(document.documentElement, s, new Date().getHours());
    setSettings(s);
    setStatus(message);
  };
  const failed = (error: Error) => setStatus(`Not saved: ${error.message}`);

  const change = (patch: Partial<Settings>) => updateSettings(patch).then(saved('Saved. Every open Tend page follows.'), failed);

  /** Every setting back to its default (stored keys removed); saved items and history are not touched. */
  const reset = () => resetSettings().then(saved('Settings are back to their defaults.'), failed);

  return { settings, status, change, reset };
}
