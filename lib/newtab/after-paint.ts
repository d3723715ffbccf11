/** Longest wait for the first paint's report before the rest of the page loads anyway. */
export const PAINT_WAIT_MS = 1000;

/**
 * Runs `task` once the first contentful paint is on screen: the browser reports it after the frame
 * is presented, so nothing the task starts competes with that frame (on a busy machine, work queued
 * right after a frame delays its presentation). At once when the page is hidden (it paints
 * nothing) or the browser does not report paints; after PAINT_WAIT_MS at most.
 */
export function afterFirstPaint(task: () => void): void {
  const reports = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint');
  if (!reports || document.visibilityState !== 'visible') {
    setTimeout(task, 0);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', run);
    setTimeout(task, 0);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) run();
  });
  const timer = setTimeout(run, PAINT_WAIT_MS);
  document.addEventListener('visibilitychange', run);
  observer.observe({ type: 'paint', buffered: true });
}
