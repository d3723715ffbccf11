/** Chromium's command-line flags for loading the unpacked extension at `extensionDir`. */
export function chromiumArgs(extensionDir: string): string[];
