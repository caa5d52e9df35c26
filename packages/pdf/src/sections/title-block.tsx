import type { Document, SourceInfo } from "@mlsd/core";
import { Link, Text, View } from "@react-pdf/renderer";
import type { Measure } from "../fonts.js";
import { s } from "../styles.js";
import { codePointName, MISSING_GLYPH, type Printer } from "../text.js";
import { Paragraphs } from "./paragraphs.js";

/**
 * "Robert Chang, Airbnb Engineering & Data Science, 2017": the parts that are known.
 * @internal
 */
export const citationText = (source: SourceInfo): string => {
  const by = [source.author, source.venue, source.year?.toString()].filter(Boolean).join(", ");
  return by ? `“${source.title}”, ${by}.` : `“${source.title}”.`;
};

/** What kind of handout this is, from the document's tags. */
export const kicker = (document: Document): string => {
  const tags = document.tags ?? [];
  if (tags.includes("case-study")) return "CASE STUDY";
  if (tags.includes("exercise")) return "EXERCISE";
  if (tags.includes("framework")) return "THE FRAMEWORK";
  return "SYSTEM DESIGN";
};

/**
 * An address broken into lines that fit `width`: react-pdf finds no break in a long URL
 * and clips it, so it is cut by measure, after a "/" or "-" where one is near.
 */
export const breakAddress = (url: string, width: number, size: number, measure: Measure): string[] => {
  const lines: string[] = [];
  let rest = url;
  while (rest && measure(rest, size) > width) {
    let cut = rest.length - 1;
    while (cut > 1 && measure(rest.slice(0, cut), size) > width) cut--;
    const soft = Math.max(rest.lastIndexOf("/", cut - 1), rest.lastIndexOf("-", cut - 1)) + 1;
    if (soft > cut * 0.7) cut = soft;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) lines.push(rest);
  return lines;
};

export const TitleBlock = ({
  document,
  print,
  label,
  width,
  measure,
}: {
  document: Document;
  print: Printer;
  label?: string;
  /** The text width, to break a long address. */
  width: number;
  measure: Measure;
}) => (
  <View>
    <Text style={s.kicker}>{label ?? kicker(document)}</Text>
    <Text style={s.title}>{print.fit(document.title, width, 20, true)}</Text>
    {document.source ? (
      <View>
        <Text style={s.citation}>Source: {print.fit(citationText(document.source), width, 8.5)}</Text>
        {document.source.url ? (
          <Link src={document.source.url} style={s.link}>
            {breakAddress(print(document.source.url), width, 8.5, measure).map((line, i) => (
              // Lines of an address can repeat (…/a/a/a/): their place is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines never reorder
              <Text key={i}>{line}</Text>
            ))}
          </Link>
        ) : null}
      </View>
    ) : null}
    {document.summary ? (
      <View style={s.summary}>
        <Paragraphs text={document.summary} print={print} fit={{ width, size: 10 }} />
      </View>
    ) : (
      <View style={{ height: 8 }} />
    )}
  </View>
);

/** Said on the page when some characters could not be drawn: visible, with their code points. */
export const MissingGlyphNotice = ({ missing }: { missing: readonly string[] }) => {
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 12).map(codePointName).join(" ");
  const more = missing.length > 12 ? ` and ${missing.length - 12} more` : "";
  return (
    <View style={s.notice} wrap={false}>
      <Text>
        <Text style={s.bold}>Some characters are not printed. </Text>
        The embedded font (DejaVu Sans) has no glyph for {missing.length} character{missing.length === 1 ? "" : "s"} in this design (CJK and
        emoji, for example); each is printed as {MISSING_GLYPH}. Code points: {shown}
        {more}. Open the design in the editor to read them.
      </Text>
    </View>
  );
};
