export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  br: number;
}
export interface Load {
  files: FileSize[];
  raw: number;
  gzip: number;
  br: number;
}
export const DIST: string;
export const MANIFEST: string;
export const BUDGETS: { start: number; sharedLink: number; embed: number };
export const DECISION_KEYS: string[];
export function sizes(file: string): FileSize;
export function htmlAssets(html?: string): string[];
export function firstLoad(): { start: Load; sharedLink: Load; lazy: Load; embed: Load };
export function entryLoad(html: string, lazyKeys?: string[]): Load;
export function firstLoadReport(): string[];
