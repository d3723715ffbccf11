// Applies the look (theme, text size, motion) before the first paint, from the copy of the
// settings every Tend page keeps in localStorage. Tiny and synchronous on purpose.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('tend.settings') || '{}');
    var root = document.documentElement;
    if (s.theme === 'light' || s.theme === 'dark') root.dataset.theme = s.theme;
    if (s.motion === 'reduced') root.dataset.motion = 'reduced';
    var scale = { small: 0.9, large: 1.15, 'x-large': 1.3 }[s.textSize];
    if (scale) root.style.setProperty('--text-scale', String(scale));
  } catch {
    // A damaged copy only costs the first frame its look; the page applies settings after load.
  }
})();
