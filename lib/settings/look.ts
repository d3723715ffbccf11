// The look settings applied to a page's root element; public/boot.js does the same before first paint.
import type { Settings } from './schema';
import { skyAt } from '../atmosphere/sky';

const SCALE: Record<Settings['textSize'], string | undefined> = { small: '0.9', medium: undefined, large: '1.15', 'x-large': '1.3' };

/** @param hour the local hour now, for the light of the sky */
export function applyLook(root: HTMLElement, settings: Pick<Settings, 'theme' | 'textSize' | 'motion' | 'background' | 'followTime'>, hour: number): void {
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.motion === 'reduced') root.dataset.motion = 'reduced';
  else delete root.dataset.motion;
  if (settings.background === 'landscape') delete root.dataset.background;
  else root.dataset.background = settings.background;
  root.dataset.sky = settings.followTime ? skyAt(hour) : 'day';
  const scale = SCALE[settings.textSize];
  if (scale) root.style.setProperty('--text-scale', scale);
  else root.style.removeProperty('--text-scale');
}
