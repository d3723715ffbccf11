/** The preferences for a Firefox profile with the extension `geckoId` installed at moz-extension://`uuid`/. */
export function firefoxPrefs(geckoId: string, uuid: string): Record<string, string | number | boolean>;
