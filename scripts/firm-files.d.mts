export const REPO: string;
export const DIST: string;
export const DEFAULT_FIRM_DIR: string;
export function firmDir(value: string | undefined): string;
export function isInside(path: string, folder: string): boolean;
export function firmFileName(pathname: string): string | null;
export function readFirmFile(dir: string, name: string): Promise<Buffer | null>;
