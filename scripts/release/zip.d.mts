export function crc32(bytes: Uint8Array): number;
export function zipFiles(files: { name: string; data: Uint8Array }[]): Buffer;
export function readZip(zip: Uint8Array): Map<string, Buffer>;
