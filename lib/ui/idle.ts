/**
 * Runs `task` once the page is idle (after `timeout` ms at the latest; a short timer where the
 * browser has no idle callbacks). Returns a cancel, for an effect's cleanup.
 */
export function onIdle(task: () => void, timeout: number): () => void {
  const ric = globalThis.requestIdleCallback;
  if (!ric) {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = ric(task, { timeout });
  return () => cancelIdleCallback(handle);
}
