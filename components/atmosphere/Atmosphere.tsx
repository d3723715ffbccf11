import { VIEW_H, VIEW_W, type Scene } from '../../lib/atmosphere/scene';

interface Props {
  /** Undefined only until the day's scene is ready (the sky shows alone meanwhile). */
  scene?: Scene;
}

const GRADIENT = ['ridge-0', 'ridge-1', 'ridge-2', 'ridge-3'];

/**
 * The day's sky, sun or moon, stars and ridges, behind everything and hidden from assistive
 * technology. Colours come from atmosphere.css (by hour and theme); Preact sets the SVG through
 * createElementNS/setAttribute and the sun's place through style.setProperty, both of which the
 * extension's CSP and Trusted Types allow (no HTML strings, no style attributes).
 */
export function Atmosphere({ scene }: Props) {
  // The sky shows alone until the day's scene is ready; the same element stays when it comes.
  const place = scene && { '--sun-x': String(scene.sun.x), '--sun-y': String(scene.sun.y) };
  return (
    <div class="atmo" aria-hidden="true" style={place}>
      <div class="atmo__sky" />
      {scene && (
        <>
          <div class="atmo__sun" />
          <svg class="atmo__stars" focusable="false">
            {scene.stars.map((s, i) => (
              <circle key={i} cx={`${s.x}%`} cy={`${s.y}%`} r={s.r} opacity={s.o} />
            ))}
          </svg>
          <svg class="atmo__ridges" viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} preserveAspectRatio="none" focusable="false">
            <defs>
              {GRADIENT.map((id) => (
                <linearGradient key={id} id={id} x1="0" y1="0" x2="0" y2="1">
                  <stop offset="0" />
                  <stop offset="1" />
                </linearGradient>
              ))}
            </defs>
            {scene.ridges.map((d, i) => (
              <path key={i} d={d} fill={`url(#${GRADIENT[i]})`} />
            ))}
          </svg>
        </>
      )}
    </div>
  );
}
