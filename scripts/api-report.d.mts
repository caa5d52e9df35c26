export const PUBLISHED: string[];
export const RELEASE_TAGS: string[];
export const REPORTS: string;
export function apiReport(name: string): string | null;
export function apiProblems(name: string): string[];
export function reportPath(name: string): string;
