import { Icon, type IconName } from '../Icon';
import { WelcomeActions } from './WelcomeParts';

interface Props {
  helpHref: string;
  onNext: () => void;
}

const FACTS: readonly { mark: IconName; title: string; text: string }[] = [
  { mark: 'check', title: 'Yours alone', text: 'No account, no tracking. What you read and save stays on this device.' },
  { mark: 'breathe', title: 'Quiet by design', text: 'No streaks, no scores, no reminders unless you ask for them.' },
];

/** Step 1: what Tend is and is not, and that it now lives in the new tab. */
export function WelcomeIntro({ helpHref, onNext }: Props) {
  return (
    <>
      <p class="welcome__lede">
        Each new tab shows one short tip or the start of a short article: stress, self-kindness, saying no, getting help and more. Read
        it, save it, or let it go.
      </p>
      <ul class="welcome__facts">
        {FACTS.map((fact) => (
          <li key={fact.title} class="welcome__fact">
            <span class="welcome__mark">
              <Icon name={fact.mark} />
            </span>
            <span>
              <strong>{fact.title}</strong>
              <span class="welcome__fact-text">{fact.text}</span>
            </span>
          </li>
        ))}
        <li class="welcome__fact">
          <span class="welcome__mark">
            <Icon name="heart" />
          </span>
          <span>
            <strong>Not therapy</strong>
            <span class="welcome__fact-text">
              If you are struggling right now,{' '}
              <a class="help-link" href={helpHref}>
                Get help now
              </a>{' '}
              is on every page.
            </span>
          </span>
        </li>
      </ul>
      <p class="welcome__note">
        Tend now opens in every new tab. To get your browser’s own new tab back, turn Tend off on your browser’s extensions page.
      </p>
      <WelcomeActions next="Choose what you see" onNext={onNext} aside="About 30 seconds" />
    </>
  );
}
