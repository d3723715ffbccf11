// A new tab that is only being looked at stays still: its first paint is all it loads, and the
// background records the view. The live page (database, catalog, settings, hooks) loads on the
// first sign that the person is about to act, when something the tab shows changes elsewhere, or
// when the background could not do its part. Nothing done before it is ready is lost: a click or
// shortcut that comes first is held and replayed on the live page, and focus stays where it was.
// The live page never replaces the controls while a button or key is held down: a press that began
// on the still view and ended on the live one would lose its click.

/** Signs that the person is about to act. */
const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'focusin', 'wheel'] as const;

const CONTROLS = 'a[href], button';

export interface StillTabDeps {
  /** The element the page renders into (the live page replaces its contents). */
  host: HTMLElement;
  /** Whether the background recorded the view (false when it could not). */
  recorded: Promise<boolean>;
  /** Loads the live page; the function it resolves to mounts it (`recorded`: the view is already recorded). */
  loadLive: () => Promise<(recorded: boolean) => void>;
  /** Whether a key press is one of the page's shortcuts (held and replayed). */
  isShortcut: (event: KeyboardEvent) => boolean;
  /** Calls `wake` when what the tab shows changed elsewhere (its item, the settings). */
  watch: (wake: () => void) => void;
}

/** Keeps the tab still until it must go live. */
export function stayStill({ host, recorded, loadLive, isShortcut, watch }: StillTabDeps): void {
  const doc = host.ownerDocument;
  const controls = () => [...host.querySelectorAll<HTMLElement>(CONTROLS)];
  const position = (target: EventTarget | null) => {
    const control = target instanceof Element ? target.closest(CONTROLS) : null;
    return control ? controls().indexOf(control as HTMLElement) : -1;
  };
  const title = () => host.querySelector('[data-testid="item-title"]')?.textContent;
  let held: (() => void) | undefined;
  let live: Promise<void> | undefined;
  let pressed = false;
  let released = Promise.resolve();
  let release: (() => void) | undefined;

  const onPress = () => {
    pressed = true;
    if (!release) released = new Promise((resolve) => (release = resolve));
  };
  // A macrotask later: the click that a release makes is dispatched in the same task, after it.
  const onRelease = () => {
    pressed = false;
    setTimeout(() => {
      if (pressed) return; // pressed again in between: that press's release will do
      release?.();
      release = undefined;
    });
  };
  const untilReleased = async () => {
    while (release) await released;
  };

  const wake = (): Promise<void> => {
    if (live) return live;
    live = Promise.all([recorded, loadLive()]).then(async ([ok, mount]) => {
      await untilReleased();
      const focused = position(doc.activeElement);
      const before = title();
      mount(ok);
      listen(false);
      if (focused >= 0) controls()[focused]?.focus();
      // Replayed only on the same item: a held "Save" must never land on another one.
      if (title() === before) held?.();
    });
    return live;
  };

  const onIntent = () => void wake();
  const onClick = (event: MouseEvent) => {
    const at = position(event.target);
    const control = controls()[at];
    if (!control || control.tagName === 'A') return; // links work without the live page
    event.preventDefault();
    event.stopPropagation();
    held = () => controls()[at]?.click();
    void wake();
  };
  const onKey = (event: KeyboardEvent) => {
    if (isShortcut(event)) {
      event.preventDefault();
      const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
      held = () => doc.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true }));
    }
    void wake();
  };
  const presses = [
    [doc, 'pointerdown', onPress],
    [doc, 'keydown', onPress],
    [doc, 'pointerup', onRelease],
    [doc, 'pointercancel', onRelease],
    [doc, 'keyup', onRelease],
    [doc.defaultView, 'blur', onRelease], // a key let go in another window sends no keyup here
  ] as const;
  function listen(on: boolean): void {
    for (const type of INTENT) {
      if (on) doc.addEventListener(type, onIntent, { capture: true, passive: true });
      else doc.removeEventListener(type, onIntent, { capture: true });
    }
    for (const [target, type, listener] of presses) {
      if (on) target?.addEventListener(type, listener, true);
      else target?.removeEventListener(type, listener, true);
    }
    if (on) {
      doc.addEventListener('click', onClick, true);
      doc.addEventListener('keydown', onKey, true);
    } else {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    }
  }

  listen(true);
  watch(onIntent);
  // When the background could not record the view, the live page does, and says what is wrong.
  void recorded.then((ok) => {
    if (!ok) void wake();
  });
}
