export const ROOT: string;
export const PUBLISHED: string[];
export function stripSourceCondition(exports: unknown): unknown;
export function manifestProblems(dir: string): string[];
export function pack(dir: string, dest: string): string;
export function untar(tarball: string): Map<string, Buffer>;
export function tarballProblems(tarball: string): Promise<string[]>;
