import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Where "back" goes after a practice: a page (link) or the view it was opened from (button). */
export interface BackAction {
  label: string;
  href?: string;
  onClick?: () => void;
}

export function PracticeBack({ back, primary }: { back: BackAction; primary?: boolean }) {
  const cls = `button${primary ? ' button--primary' : ' button--quiet'}`;
  return back.href ? (
    <a class={cls} href={back.href}>
      {back.label}
    </a>
  ) : (
    <button type="button" class={cls} onClick={back.onClick}>
      {back.label}
    </button>
  );
}

interface Props {
  title: string;
  /** The short kind line, also announced. */
  line: string;
  back: BackAction;
  /** More actions, e.g. "Breathe again". */
  children?: ComponentChildren;
}

/** How a practice ends: a kind line and the way back to the item. */
export function PracticeEnd({ title, line, back, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="practice practice--end" aria-labelledby="practice-heading">
      <h1 id="practice-heading" class="practice__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <p class="practice__line" data-testid="practice-end">
        {line}
      </p>
      <div class="actions__row">
        <PracticeBack back={back} primary />
        {children}
      </div>
    </section>
  );
}
