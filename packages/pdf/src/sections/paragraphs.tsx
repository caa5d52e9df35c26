import { type Styles, Text, View } from "@react-pdf/renderer";
import type { Printer } from "../text.js";

type Style = Styles[string];

/**
 * User text that may hold line breaks: one <Text> per line, an empty line kept as a gap;
 * with `fit`, words wider than the box are cut to fit it (react-pdf would clip them).
 */
export const Paragraphs = ({
  text,
  print,
  style,
  fit,
}: {
  text: string;
  print: Printer;
  style?: Style;
  fit?: { width: number; size: number; bold?: boolean };
}) => {
  const lines = text.split(/\r?\n/).map((line) => (fit ? print.fit(line, fit.width, fit.size, fit.bold) : print(line)));
  if (lines.length === 1) return <Text {...(style ? { style } : {})}>{lines[0]}</Text>;
  return (
    <View>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text have no other identity
        <Text key={i} {...(style ? { style } : {})}>
          {line || " "}
        </Text>
      ))}
    </View>
  );
};
