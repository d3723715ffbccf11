export class ReleaseError extends Error {}
export function nextVersion(current: string, wanted: string): string;
export function changelogSection(release: { version: string; date: Date; since?: string; commits: { hash: string; subject: string }[] }): string;
export const CHANGELOG_HEADER: string;
export function addToChangelog(changelog: string | undefined, section: string, version: string): string;
export function withVersion(json: string, version: string): string;
export function sha256sums(files: { name: string; data: Uint8Array }[]): string;
export function packageNames(version: string): { chrome: string; firefox: string; sources: string; sums: string };
