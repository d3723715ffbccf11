import type { Scene } from '../lib/atmosphere/scene';
import { Atmosphere } from './atmosphere/Atmosphere';
import { Icon } from './Icon';

/** The popup's top: the day's sky and ridges (the new tab's scene, small), Tend's name, and Options. */
export function PopupBand({ optionsHref, scene }: { optionsHref: string; scene?: Scene }) {
  return (
    <header class="popup-band">
      <Atmosphere scene={scene} />
      <span class="brand popup-band__brand">
        <img src="/icon/32.png" width={22} height={22} alt="" />
        Tend
      </span>
      <a class="popup-band__options" href={optionsHref} target="_blank" aria-label="Options" title="Options">
        <Icon name="sliders" />
      </a>
    </header>
  );
}
