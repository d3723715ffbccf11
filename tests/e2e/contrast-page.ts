// Reads the text boxes of a page for the contrast check (tests/e2e/contrast.ts), and takes the
// screenshot of what lies behind them: the same page with that text made transparent.
import type { Page } from 'playwright-core';
import { contrastFindings, type Finding, type TextBox } from './contrast';
import { screenshot, steady } from './visual-page';

/** Marks the elements whose text was measured, so the second screenshot can hide exactly those. */
const MEASURED = 'data-contrast-measured';

/**
 * One box per line of visible text, with its element's computed colour and opacity. Skipped:
 * whitespace, text nobody can see (hidden, clipped to nothing like .visually-hidden, outside the
 * viewport) and disabled controls (WCAG 1.4.3 exempts inactive controls).
 */
function textBoxes(page: Page): Promise<TextBox[]> {
  return page.evaluate((attribute) => {
    const boxes: TextBox[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest(':disabled')) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible') continue;
      let opacity = 1;
      // What the ancestors let show: any that clips (overflow, clip) cuts the text's rectangle.
      const clips: DOMRect[] = [];
      for (let a: Element | null = element; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        opacity *= Number(s.opacity);
        if (s.overflow !== 'visible' || s.clip !== 'auto' || s.clipPath !== 'none') clips.push(a.getBoundingClientRect());
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
        for (const c of [...clips, new DOMRect(0, 0, innerWidth, innerHeight)]) {
          [left, top, right, bottom] = [Math.max(left, c.left), Math.max(top, c.top), Math.min(right, c.right), Math.min(bottom, c.bottom)];
        }
        if (right - left < 2 || bottom - top < 2) continue;
        const label = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''} “${text.slice(0, 40)}”`;
        boxes.push({ label, colour: style.color, opacity, x: left, y: top, width: right - left, height: bottom - top });
        element.setAttribute(attribute, '');
      }
    }
    return boxes;
  }, MEASURED);
}

/** The page's screenshot with the measured text transparent: only what lies behind the glyphs. */
async function backgroundShot(page: Page): Promise<Buffer> {
  await page.evaluate((attribute) => {
    for (const element of document.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
      // Through the CSSOM: the pages' CSP allows it, unlike a style attribute or a <style>.
      element.style.setProperty('transition', 'none', 'important');
      element.style.setProperty('color', 'transparent', 'important');
      element.style.setProperty('-webkit-text-fill-color', 'transparent', 'important');
      element.style.setProperty('text-shadow', 'none', 'important');
    }
  }, MEASURED);
  await steady(page);
  return screenshot(page);
}

/** The worst contrast of every line of text on the page as it is now (the page is left with its text hidden). */
export async function measureContrast(page: Page): Promise<{ boxes: TextBox[]; findings: Finding[]; unread: TextBox[] }> {
  const boxes = await textBoxes(page); // first: it marks the text the background shot hides
  return { boxes, ...contrastFindings(await backgroundShot(page), boxes) };
}
