// Build-time only: reads the Markdown files of the content folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './compile.ts';

export function listContentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.split(sep).some((part) => part.startsWith('_')))
    .map((name) => join(dir, name))
    .sort();
}

export function readContentFiles(dir: string): SourceFile[] {
  return listContentFiles(dir).map((file) => ({
    path: relative(dir, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
}
