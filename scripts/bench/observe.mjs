// What the benchmark measures inside a page, the same way for Tend and the baseline.

/**
 * Injected before the page's own scripts: records the first frame's background and the frame the
 * item's text (or the first element matching `selector`: a list's first row) is first on screen in (requestAnimationFrame), and the item title's element-timing
 * render time where the browser has element timing. Runs in the page.
 */
export function observe(selector = '[data-testid="item-title"]') {
  if (!/^(chrome|moz)-extension:$/.test(location.protocol)) return;
  const out = { firstFrameBg: null, rafVisible: null, elementVisible: null };
  Object.defineProperty(window, '__bench', { value: out });
  const frame = (t) => {
    if (out.firstFrameBg === null) out.firstFrameBg = getComputedStyle(document.documentElement).backgroundColor;
    const el = document.querySelector(selector);
    const box = el?.textContent?.trim() ? el.getBoundingClientRect() : null;
    if (box && box.bottom > 0 && box.top < innerHeight) out.rafVisible = t;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  if (PerformanceObserver.supportedEntryTypes.includes('element')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'item-title' && out.elementVisible === null) out.elementVisible = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  }
}

/** The observer has seen the item on screen. Runs in the page. */
export function observed() {
  const out = window.__bench;
  return out?.rafVisible != null && (out.elementVisible != null || !PerformanceObserver.supportedEntryTypes.includes('element'));
}

/** The page's paint timeline and what the observer saw. Runs in the page. */
export function readPaint() {
  return {
    ...window.__bench,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    finalBg: getComputedStyle(document.documentElement).backgroundColor,
    pick: performance.getEntriesByName('tend:pick').map((e) => e.duration),
  };
}
