import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { NotTherapy } from '../NotTherapy';

interface Props {
  /** 1-based. */
  step: number;
  steps: number;
  title: string;
  helpHref: string;
  onSkip: () => void;
  children: ComponentChildren;
}

/** The first run's frame: brand and Skip at the top, one card with the step, the help line below. */
export function WelcomeFrame({ step, steps, title, helpHref, onSkip, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step starts at its heading, so a screen reader hears where it is. Moved before the step
  // paints, so a Tab pressed as soon as the step shows is never undone by a late focus.
  useLayoutEffect(() => heading.current?.focus(), [step]);
  return (
    <div class="welcome">
      <header class="welcome__bar">
        <span class="brand">
          <img src="/icon/32.png" width={22} height={22} alt="" />
          Tend
        </span>
        <button type="button" class="welcome__skip" onClick={onSkip}>
          Skip, use the defaults
        </button>
      </header>
      <main class="welcome__main">
        <section class="welcome__card" aria-labelledby="welcome-title" data-testid="welcome">
          <p class="welcome__step">
            <span class="welcome__dots" aria-hidden="true">
              {Array.from({ length: steps }, (_, i) => (
                <span key={i} class={`welcome__dot${i + 1 === step ? ' welcome__dot--on' : ''}`} />
              ))}
            </span>
            Step {step} of {steps}
          </p>
          <h1 id="welcome-title" class="welcome__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
          {children}
        </section>
      </main>
      <NotTherapy helpHref={helpHref} />
    </div>
  );
}
