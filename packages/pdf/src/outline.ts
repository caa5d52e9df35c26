/**
 * Numbers the top-level outline entries of a PDF as react-pdf will. react-pdf gives each
 * bookmark a number in breadth-first order over the element tree and nests it under its
 * nearest bookmarked ancestor, unless the bookmark names a `parent` number itself. A
 * handout spans several <Page>s, which are siblings, so its sections can only nest under
 * its title through an explicit `parent`. Rule that keeps the numbers predictable: an
 * entry made here sits on an element that is a direct child of a <Page> (depth 1); section
 * headings sit deeper and only ever point at entries made here.
 */
export interface OutlineEntry {
  title: string;
  ref: number;
  parent?: number;
  /** Jump to the whole page: react-pdf 4.9 writes a wrong `left` for /XYZ destinations. */
  fit: true;
}

export interface Outline {
  /** Reserves the next top-level number; call in page order. */
  entry(title: string, parent?: number): OutlineEntry;
  /** A section under `parent`. */
  section(title: string, parent: number): { title: string; parent: number; fit: true };
}

export const createOutline = (): Outline => {
  let next = 0;
  return {
    entry: (title, parent) => {
      const ref = next++;
      return parent === undefined ? { title, ref, fit: true } : { title, ref, parent, fit: true };
    },
    section: (title, parent) => ({ title, parent, fit: true }),
  };
};

/**
 * react-pdf reads `bookmark` on every element, but its typings only declare it on <Page>
 * and <Text>: spread this onto a <View>.
 */
// biome-ignore lint/complexity/noBannedTypes: an empty props object is what a spread of nothing needs
export const bookmarkProps = (bookmark: object | undefined): {} => (bookmark ? { bookmark } : {});
