// Kept out of components/MoreMenu so the new tab's first paint does not carry it (only rows' menus use it).

/** Puts a fixed menu under (or, near the window's bottom, above) its button, right edges aligned. */
export function placeUnder(button: HTMLElement, menu: HTMLElement, lines: number): void {
  const r = button.getBoundingClientRect();
  // Measured before the menu shows (a popover is not laid out until then): 44 px a line and padding.
  const height = lines * 44 + 18;
  const top = r.bottom + 6 + height > innerHeight ? Math.max(8, r.top - 6 - height) : r.bottom + 6;
  menu.style.setProperty('inset', `${top}px ${Math.max(8, document.documentElement.clientWidth - r.right)}px auto auto`);
}

