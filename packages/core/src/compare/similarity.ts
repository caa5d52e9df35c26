/** Lowercase words only: "Feature-store (online)" and "feature store online" read the same. */
export const normalizeLabel = (text: string): string =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const bigrams = (text: string): Map<string, number> => {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
};

/**
 * How alike two labels are, from 0 to 1: the Dice coefficient of their character pairs
 * after normalising, so a reworded or extended label still scores high
 * ("Monitoring" vs "Drift monitoring" ≈ 0.7) and unrelated ones low.
 */
export const labelSimilarity = (a: string, b: string): number => {
  const [x, y] = [normalizeLabel(a), normalizeLabel(b)];
  if (x === y) return 1;
  if (!x || !y) return 0;
  const [gx, gy] = [bigrams(x), bigrams(y)];
  let shared = 0;
  let total = 0;
  for (const n of gx.values()) total += n;
  for (const [g, n] of gy) {
    total += n;
    shared += Math.min(n, gx.get(g) ?? 0);
  }
  return (2 * shared) / total;
};
