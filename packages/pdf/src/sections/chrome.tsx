import { Text, View } from "@react-pdf/renderer";
import { MARGIN, type Orientation, pageSize } from "../geometry.js";
import { s } from "../styles.js";

/**
 * The running header and the footer, repeated on every page of a handout.
 * `onTotal` receives the page count once layout knows it (the render functions report it).
 */
export const PageChrome = ({
  left,
  right,
  footer,
  onTotal,
  orientation = "portrait",
}: {
  left: string;
  right: string;
  footer: string;
  onTotal?: (n: number) => void;
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
          return `Page ${pageNumber} of ${totalPages}`;
        }}
      />
    </View>
  </>
);
