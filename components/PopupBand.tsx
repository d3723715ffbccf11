import { PopupIcon } from './PopupIcon';

// A still landscape for the band: two ridges, the nearer fading into the paper below. Replaced by
// the day's generated ridges once the new tab's atmosphere is shared.
const FAR = 'M0 34 C60 22 110 26 160 30 S260 14 320 24 S380 30 380 30 V64 H0Z';
const NEAR = 'M0 46 C50 38 120 44 180 40 S300 34 380 42 V64 H0Z';

/** The popup's top: the sky, Tend's name, and the way to Options. */
export function PopupBand({ optionsHref }: { optionsHref: string }) {
  return (
    <header class="popup-band">
      <svg class="popup-band__ridges" viewBox="0 0 380 64" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <path class="popup-band__far" d={FAR} />
        <path class="popup-band__near" d={NEAR} />
      </svg>
      <span class="brand popup-band__brand">
        <img src="/icon/32.png" width={22} height={22} alt="" />
        Tend
      </span>
      <a class="popup-band__options" href={optionsHref} target="_blank" aria-label="Options" title="Options">
        <PopupIcon name="options" />
      </a>
    </header>
  );
}
