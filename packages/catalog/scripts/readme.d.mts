export function renderReadme(documentsDir?: string): string;
