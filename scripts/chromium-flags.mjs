// How Tend's real-browser runs start Chromium (the e2e tests and the benchmark alike): the unpacked
// extension only, and none of Chromium's own background traffic (this machine reaches no network).

/** @param {string} extensionDir absolute path of the unpacked extension */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}
