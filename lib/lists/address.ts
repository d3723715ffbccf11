// Writes one parameter of the page's address in place (no new history entry), so Back and a
// reload return to the same view.

export function setParam(name: string, value: string | undefined): void {
  const url = new URL(location.href);
  if (value === undefined || value === '') url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, '', url);
}
