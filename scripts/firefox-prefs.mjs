// How Tend's real-browser runs start Firefox ESR (the e2e tests and the benchmark alike): the
// unsigned package found in the profile, installed at a known moz-extension:// host, and none of
// Firefox's own traffic (this machine reaches no network).

/** An address nothing listens on and that needs no name lookup. */
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * The preferences for a profile with the extension `geckoId` installed at moz-extension://`uuid`/.
 * @param {string} geckoId @param {string} uuid
 * @returns {Record<string, string | number | boolean>}
 */
export function firefoxPrefs(geckoId, uuid) {
  return {
  // Install the unsigned package found in the profile, enabled, at a known moz-extension:// host.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
  // Print console messages of pages (extension pages included) on stdout: the audit reads them.
  'devtools.console.stdout.content': true,

  // A quiet browser: no first-run pages, no prompts, no restore.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'browser.warnOnQuit': false,
  'browser.tabs.warnOnClose': false,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
  'browser.translations.automaticallyPopup': false,
  'remote.bidi.dismiss_file_pickers.enabled': true,

  // Nothing leaves the machine. Remote settings (blocklist, experiments, …) is the one that still
  // called out with all the rest off; its server pref is only honoured with
  // MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set in launchFirefox).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.installDistroAddons': false,
  'extensions.webservice.discoverURL': NOWHERE,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.search.update': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.urlbar.suggest.searches': false,
  'browser.pagethumbnails.capturing_disabled': true,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': NOWHERE,
  'toolkit.telemetry.archive.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.sntp.pools': '127.0.0.1',
  'security.certerrors.mitm.priming.enabled': false,
  'geo.provider.network.url': '',
};
}
