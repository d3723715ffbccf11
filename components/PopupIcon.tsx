// The popup's small line icons (18 px, currentColor, hidden from assistive technology: every
// control has a visible label). To be replaced by the shared Icon component when it lands.
const PATHS = {
  bookmark: 'M7 4h10v16l-5-4-5 4z',
  'bookmark-filled': 'M7 4h10v16l-5-4-5 4z',
  'circle-check': 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12.5l2.8 2.8L16.5 9.5',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  next: 'M5 12h13M13 6l6 6-6 6',
  options: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
  compass: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM15.5 8.5l-2 5-5 2 2-5z',
  breathe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
} as const;

export type PopupIconName = keyof typeof PATHS;

export function PopupIcon({ name }: { name: PopupIconName }) {
  return (
    <svg class="popup-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill={name === 'bookmark-filled' ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
