import { afterEach, describe, expect, it, vi } from 'vitest';
import { stayStill, type StillTabDeps } from '@/lib/ui/still-tab';

/** Each test's live pages. */
const lives: { mount: (recorded: boolean) => unknown }[] = [];

// Every still tab goes live before the next test: one left listening on the shared document would
// hear the next test's events, and its replayed shortcut would look like a key held down there.
afterEach(async () => {
  for (const type of ['pointerup', 'keyup', 'pointermove']) document.dispatchEvent(new Event(type));
  await vi.waitFor(() => lives.forEach((live) => expect(live.mount).toHaveBeenCalled()));
  lives.length = 0;
  document.body.replaceChildren();
});

/** The controls both views have, in order: a title, a link and two buttons. */
function fill(host: HTMLElement, title: string): void {
  const heading = Object.assign(document.createElement('h1'), { textContent: title });
  heading.dataset.testid = 'item-title';
  const link = Object.assign(document.createElement('a'), { href: 'reading-list.html', textContent: 'Reading list' });
  const buttons = ['Save', 'Next'].map((label) => Object.assign(document.createElement('button'), { textContent: label }));
  host.replaceChildren(heading, link, ...buttons);
}

/** The still view, whose buttons do nothing yet. */
function paintStill(title = 'Breathe out slowly'): HTMLElement {
  const host = document.createElement('div');
  fill(host, title);
  document.body.append(host);
  return host;
}

/** A live page like the real one: the same controls in the same order, wired, and a shortcut listener from mount. */
function livePage(host: HTMLElement, title = 'Breathe out slowly') {
  const clicks: string[] = [];
  const keys: string[] = [];
  const mount = vi.fn((recorded: boolean) => {
    fill(host, title);
    host.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => clicks.push(b.textContent ?? '')));
    document.addEventListener('keydown', (e) => keys.push(e.key));
    return recorded;
  });
  lives.push({ mount });
  return { mount, clicks, keys, loadLive: vi.fn(() => Promise.resolve(mount)) };
}

/**
 * Resolves once every task queued so far has run, and the microtasks after each: whatever the still
 * tab would do in response by then (a release's timer, a mount), it has done. For checking that
 * something did not happen.
 */
const tasksSoFar = () => new Promise((resolve) => setTimeout(resolve));

function still(host: HTMLElement, overrides: Partial<StillTabDeps> = {}) {
  const live = livePage(host);
  let wakeOnChange = () => {};
  const deps: StillTabDeps = {
    host,
    recorded: Promise.resolve(true),
    loadLive: live.loadLive,
    isShortcut: (e) => e.key === 's',
    watch: (wake) => (wakeOnChange = wake),
    ...overrides,
  };
  stayStill(deps);
  return { ...live, change: () => wakeOnChange() };
}

describe('a new tab that is only looked at', () => {
  it('loads nothing more while nobody acts, once the background recorded the view', async () => {
    const recorded = Promise.resolve(true);
    const tab = still(paintStill(), { recorded });
    await recorded; // the still tab heard the answer first: it listened before this test did
    expect(tab.loadLive).not.toHaveBeenCalled();
  });

  it('goes live on the first sign of intent (the mouse moves), telling the live page the view is recorded', async () => {
    const tab = still(paintStill());
    document.dispatchEvent(new Event('pointermove'));
    document.dispatchEvent(new Event('pointermove'));
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalledWith(true));
    expect(tab.loadLive).toHaveBeenCalledTimes(1);
  });

  it('goes live at once when the background could not record the view, so the page records it and says why', async () => {
    const tab = still(paintStill(), { recorded: Promise.resolve(false) });
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalledWith(false));
  });

  it('goes live when what it shows changed elsewhere', async () => {
    const tab = still(paintStill());
    tab.change();
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalledTimes(1));
  });

  it('holds a click that comes before the live page and replays it there, once', async () => {
    const host = paintStill();
    const tab = still(host);
    host.querySelectorAll('button')[0]!.click(); // Save, on the still view
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalled()); // the replay runs right after mount
    expect(tab.clicks).toEqual(['Save']);
    host.querySelectorAll('button')[1]!.click(); // the live page's own Next now
    expect(tab.clicks).toEqual(['Save', 'Next']);
  });

  it('never replays a held click on another item', async () => {
    const host = paintStill('First item');
    const live = livePage(host, 'Another item');
    stayStill({ host, recorded: Promise.resolve(true), loadLive: live.loadLive, isShortcut: () => false, watch: () => {} });
    host.querySelectorAll('button')[0]!.click();
    await vi.waitFor(() => expect(live.mount).toHaveBeenCalled()); // a replay would run right after mount
    expect(live.clicks).toEqual([]);
  });

  it('lets links work by themselves', () => {
    const host = paintStill();
    const tab = still(host);
    const link = host.querySelector('a')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(tab.clicks).toEqual([]);
  });

  it('holds a shortcut pressed before the live page and replays it there', async () => {
    const tab = still(paintStill());
    const press = new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true });
    document.body.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 's', bubbles: true })); // replayed once it is let go
    await vi.waitFor(() => expect(tab.keys).toEqual(['s']));
  });

  it('keeps focus on the same control when the live page replaces the still one', async () => {
    const host = paintStill();
    const tab = still(host);
    host.querySelectorAll('button')[1]!.focus(); // focusin: intent
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalled()); // focus moves right after mount
    expect(document.activeElement).toBe(host.querySelectorAll('button')[1]);
    expect(host.contains(document.activeElement)).toBe(true);
  });

  it('waits for the background’s answer before going live, so the view is recorded once', async () => {
    let answer: (ok: boolean) => void = () => {};
    const tab = still(paintStill(), { recorded: new Promise<boolean>((resolve) => (answer = resolve)) });
    document.dispatchEvent(new Event('pointermove'));
    await tab.loadLive.mock.results[0]!.value; // the live page is loaded: only the answer is missing
    expect(tab.mount).not.toHaveBeenCalled();
    answer(true);
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalledWith(true));
  });

  it('never replaces the controls while a mouse button is down, so a click pressed on the still view lands', async () => {
    const host = paintStill();
    const tab = still(host);
    const save = host.querySelectorAll('button')[0]!;
    save.dispatchEvent(new Event('pointerdown', { bubbles: true })); // intent: the live page loads
    await tab.loadLive.mock.results[0]!.value;
    await tasksSoFar(); // past the point it would have mounted
    expect(tab.mount).not.toHaveBeenCalled();
    save.dispatchEvent(new Event('pointerup', { bubbles: true }));
    save.click(); // the click the release makes, in the same task
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalled());
    expect(tab.clicks).toEqual(['Save']);
  });

  it('goes live once a press is let go without a click, or cancelled, or a key is let go here or in another window', async () => {
    for (const [down, up, where] of [
      ['pointerdown', 'pointerup', document.body],
      ['pointerdown', 'pointercancel', document.body],
      ['keydown', 'keyup', document.body],
      ['keydown', 'blur', window],
    ] as const) {
      const tab = still(paintStill());
      document.body.dispatchEvent(new Event(down, { bubbles: true }));
      await tab.loadLive.mock.results[0]!.value;
      await tasksSoFar();
      expect(tab.mount, down).not.toHaveBeenCalled();
      where.dispatchEvent(new Event(up, { bubbles: true }));
      await vi.waitFor(() => expect(tab.mount, up).toHaveBeenCalledTimes(1));
      document.body.replaceChildren();
    }
  });

  it('waits for a second press that comes before the first one’s release is done', async () => {
    const tab = still(paintStill());
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await tab.loadLive.mock.results[0]!.value;
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true })); // a quick second click
    await tasksSoFar(); // including the first release's timer, which would have let the live page in
    expect(tab.mount).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await vi.waitFor(() => expect(tab.mount).toHaveBeenCalledTimes(1));
  });
});
