import { useState } from 'preact/hooks';
import type { TopicId } from '../../lib/content/types';
import { toggleTopic, type WelcomeChoices } from '../../lib/welcome/choices';
import { WelcomeFrame } from './WelcomeFrame';
import { WelcomeIntro } from './WelcomeIntro';
import { WelcomeTopics } from './WelcomeTopics';
import { WelcomeLook } from './WelcomeLook';
import '../styles/welcome.css';

export interface WelcomeProps {
  topics: readonly { id: TopicId; name: string }[];
  /** The choices as they stand (the defaults on a fresh install). */
  initial: WelcomeChoices;
  helpHref: string;
  onSkip: () => void;
  /** Saves the choices; resolves to a plain reason when they could not be saved. */
  onDone: (choices: WelcomeChoices) => Promise<string | undefined>;
}

const TITLES = ['A small, kind pause in every new tab', 'Choose what you see', 'How should a new tab feel?'];

/** The first run: three short steps, skippable at each; nothing changes until the last one. */
export function Welcome({ topics, initial, helpHref, onSkip, onDone }: WelcomeProps) {
  const [step, setStep] = useState(1);
  const [choices, setChoices] = useState(initial);
  const [error, setError] = useState<string>();
  const change = (patch: Partial<WelcomeChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const all = topics.map((t) => t.id);
  return (
    <WelcomeFrame step={step} steps={3} title={TITLES[step - 1] ?? ''} helpHref={helpHref} onSkip={onSkip}>
      {step === 1 && <WelcomeIntro helpHref={helpHref} onNext={() => setStep(2)} />}
      {step === 2 && (
        <WelcomeTopics
          topics={topics}
          selected={choices.topics}
          kinds={choices.kinds}
          onTopic={(id, on) => change({ topics: toggleTopic(all, choices.topics, id, on) })}
          onKinds={(kinds) => change({ kinds })}
          onNext={() => setStep(3)}
          onBack={() => setStep(1)}
        />
      )}
      {step === 3 && (
        <WelcomeLook
          quiet={choices.quiet}
          cadence={choices.cadence}
          background={choices.background}
          error={error}
          onQuiet={(quiet) => change({ quiet })}
          onCadence={(cadence) => change({ cadence })}
          onBackground={(background) => change({ background })}
          onDone={() => void onDone(choices).then(setError)}
          onBack={() => setStep(2)}
        />
      )}
    </WelcomeFrame>
  );
}
