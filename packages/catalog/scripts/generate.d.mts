export function renderGenerated(documentsDir?: string): Map<string, string>;
export function writeGenerated(documentsDir?: string, generatedDir?: string): Map<string, string>;
export function listFiles(dir: string, root?: string): string[];
