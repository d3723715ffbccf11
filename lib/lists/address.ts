// Writes the page's address in place (no new history entry), so Back and a reload return to the
// same view. Writes made while typing wait for a pause: Chromium takes 5–12 ms for each
// replaceState, which a keystroke's results cannot afford. A pending write goes out before any
// other change of the address and when the page is hidden, so it is never lost or undone.

/** How long the address waits after the last keystroke. */
export const ADDRESS_PAUSE_MS = 300;

let pending: string | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The address as it is or is about to be (a pending write included). */
export function currentAddress(): URL {
  // A pending write may be relative (Explore writes a path and query): resolved against the page.
  return new URL(pending ?? location.href, location.href);
}

/** Writes the pending address now, if there is one. */
export function flushAddress(): void {
  clearTimeout(timer);
  if (pending === undefined) return;
  const url = pending;
  pending = undefined;
  history.replaceState(history.state, '', url);
}

/** Writes `url` now, or (soon) after a pause in typing, replacing any pending write. */
export function writeAddress(url: URL | string, { soon = false }: { soon?: boolean } = {}): void {
  if (!soon) {
    clearTimeout(timer);
    pending = undefined;
    history.replaceState(history.state, '', url);
    return;
  }
  pending = String(url);
  clearTimeout(timer);
  timer = setTimeout(flushAddress, ADDRESS_PAUSE_MS);
}

/** Sets one parameter of the address (`soon`: after a pause in typing). */
export function setParam(name: string, value: string | undefined, options?: { soon?: boolean }): void {
  const url = currentAddress();
  if (value === undefined || value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  writeAddress(url, options);
}

if (typeof addEventListener === 'function') addEventListener('pagehide', flushAddress);
