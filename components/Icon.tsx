// Small line icons, drawn for Tend on a 24×24 grid with a 1.75 stroke in currentColor, so they
// take the text colour (and CanvasText in forced colours). Decorative: the label beside an icon
// is the name, so every icon is aria-hidden.

const PATHS = {
  bookmark: 'M7 4h10v16l-5-3.6L7 20z',
  'bookmark-filled': 'M7 4h10v16l-5-3.6L7 20z',
  'circle-check': 'M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17zM8.3 12.2l2.5 2.5l4.9-5',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  'arrow-right': 'M5 12h14M13 6l6 6l-6 6',
  'arrow-left': 'M19 12H5M11 6l-6 6l6 6',
  more: 'M5.5 12h.01M12 12h.01M18.5 12h.01',
  heart: 'M12 19.5s-7-4.3-7-9.3A3.9 3.9 0 0 1 12 8a3.9 3.9 0 0 1 7 2.2c0 5-7 9.3-7 9.3z',
  breathe: 'M4 9c3-2.5 5.5-2.5 8 0s5 2.5 8 0M4 15c3-2.5 5.5-2.5 8 0s5 2.5 8 0',
  ground: 'M12 4v9M8.5 8.5L12 12l3.5-3.5M4 16.5h16M6.5 20h11',
  sprout: 'M12 20v-8M12 12c0-3.6-2.6-6-6.5-6c0 3.6 2.6 6 6.5 6zM12 14.5c0-3.2 2.3-5.5 6-5.5c0 3.2-2.3 5.5-6 5.5z',
  compass: 'M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17zM15.5 8.5l-2 5l-5 2l2-5z',
  sliders: 'M4 7h9M17 7h3M4 17h3M11 17h9M15 4.5v5M9 14.5v5',
  search: 'M10.5 4.5a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM15 15l5 5',
  close: 'M6 6l12 12M18 6L6 18',
} as const;

export type IconName = keyof typeof PATHS;

interface Props {
  name: IconName;
  /** Rendered size in px (the drawing is 24×24). */
  size?: number;
  class?: string;
}

export function Icon({ name, size = 18, class: className }: Props) {
  const filled = name === 'bookmark-filled';
  return (
    <svg
      class={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      stroke-width={name === 'more' ? 3 : 1.75}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
