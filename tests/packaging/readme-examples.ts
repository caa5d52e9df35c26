import { readFileSync } from "node:fs";

/**
 * The examples of a README: each fenced block right after a `<!-- example: path -->`
 * comment, keyed by that path. The packaging test writes them into a throwaway project and
 * runs them, so the READMEs show code that works.
 */
export const readmeExamples = (readmePath: string): Map<string, string> => {
  const text = readFileSync(readmePath, "utf8");
  const out = new Map<string, string>();
  for (const m of text.matchAll(/<!-- example: ([^\s]+) -->\s*\n```[\w-]*\n([\s\S]*?)\n```/g)) out.set(m[1]!, `${m[2]!}\n`);
  return out;
};
