/**
 * Runs `task` once the next frame has been painted: a frame callback runs just before the paint, and
 * a task queued from it runs after. Work that must not delay the first paint starts here.
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
