export const PUBLISHED: string[];
export const REPORTS: string;
export function apiReport(name: string): string | null;
export function reportPath(name: string): string;
