export function archiveSources(zipPath: string): string;
export function buildPackage(browser: 'chrome' | 'firefox'): { zip: Buffer; manifest: { version?: string } & Record<string, unknown> };
