import type { Browser } from '@playwright/test';

export type Page = 'start' | 'sharedLink' | 'embed' | 'frStart' | 'frSharedLink' | 'frEmbed';
export interface Fetched {
  file: string;
  bytes: number;
  raw: number;
}
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
export const BUDGETS: Record<Page, { gzip: number; br?: number }>;
export const HELD: Partial<Record<Page, { gzip?: number; br?: number }>>;
export const SHARED: string;
export const PAGES: Record<Page, { path: string; css: string; text?: string }>;
export function firstLoad(
  browser: Browser,
  origin: string,
  page: Page,
  encoding: 'gzip' | 'br',
): Promise<Fetched[]>;
export function firstLoads(browser: Browser, origin: string): Promise<Record<Page, Load>>;
export function firstLoadReport(loads: Record<Page, Load>): string[];
