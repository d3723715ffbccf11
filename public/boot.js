// Applies the look (theme, text size, motion, background, the light of the hour) before the first
// paint, from the copy of the settings every Tend page keeps in localStorage. Tiny and synchronous
// on purpose. The hours are lib/atmosphere/sky.ts's (a unit test checks that the two agree).
(function () {
  var root = document.documentElement;
  var s = {};
  try {
    s = JSON.parse(localStorage.getItem('tend.settings') || '{}') || {};
  } catch {
    // A damaged copy only costs the first frame its look; the page applies settings after load.
  }
  if (s.theme === 'light' || s.theme === 'dark') root.dataset.theme = s.theme;
  if (s.motion === 'reduced') root.dataset.motion = 'reduced';
  if (s.background === 'sky' || s.background === 'plain') root.dataset.background = s.background;
  var h = new Date().getHours();
  root.dataset.sky = s.followTime === false ? 'day' : h >= 5 && h < 10 ? 'morning' : h >= 10 && h < 17 ? 'day' : h >= 17 && h < 21 ? 'evening' : 'night';
  var scale = { small: 0.9, large: 1.15, 'x-large': 1.3 }[s.textSize];
  if (scale) root.style.setProperty('--text-scale', String(scale));
})();
