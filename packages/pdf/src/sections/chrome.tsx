import { Text, View } from "@react-pdf/renderer";
import { MARGIN, type Orientation, pageSize } from "../geometry.js";
import { s } from "../styles.js";

/** Page numbers of a document that is bound into a larger one: its page n is `page(n)` of `total`. */
export interface PageNumbering {
  page: (pageNumber: number) => number;
  total: number;
}

/**
 * The running header and the footer, repeated on every page of a handout.
 * `onTotal` receives the page count once layout knows it (the render functions report it);
 * `numbering` replaces this document's own page numbers (the course pack's front matter).
 */
export const PageChrome = ({
  left,
  right,
  footer,
  onTotal,
  numbering,
  orientation = "portrait",
}: {
  left: string;
  right: string;
  footer: string;
  onTotal?: (n: number) => void;
  numbering?: PageNumbering | undefined;
  orientation?: Orientation;
}) => (
  <>
    <View style={s.header} fixed>
      <Text>{left}</Text>
      <Text>{right}</Text>
    </View>
    <View style={[s.footer, { top: pageSize(orientation).height - MARGIN + 12 }]} fixed>
      <Text>{footer}</Text>
      <Text
        render={({ pageNumber, totalPages }) => {
          if (Number.isFinite(totalPages)) onTotal?.(totalPages);
          return numbering ? `Page ${numbering.page(pageNumber)} of ${numbering.total}` : `Page ${pageNumber} of ${totalPages}`;
        }}
      />
    </View>
  </>
);
