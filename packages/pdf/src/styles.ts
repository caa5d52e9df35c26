import { StyleSheet } from "@react-pdf/renderer";
import { CHROME, DIAGRAM_PAGE, MARGIN } from "./geometry.js";
import { font, ink } from "./palette.js";

/** Body text of every page. */
const body = { fontFamily: font, fontSize: 9.5, lineHeight: 1.38, color: ink.text };

/** Type scale: 9.5 pt body on 13 pt leading reads well on A4 and keeps a handout short. */
export const s = StyleSheet.create({
  page: {
    ...body,
    paddingTop: MARGIN + CHROME.top,
    paddingBottom: MARGIN + CHROME.bottom,
    paddingHorizontal: MARGIN,
  },
  /** A page of the diagram alone: the same chrome, more of the sheet for the drawing. */
  diagramPage: {
    ...body,
    paddingTop: DIAGRAM_PAGE.top,
    paddingBottom: DIAGRAM_PAGE.bottom,
    paddingHorizontal: DIAGRAM_PAGE.side,
  },
  header: {
    position: "absolute",
    top: MARGIN - 8,
    left: MARGIN,
    right: MARGIN,
    flexDirection: "row",
    justifyContent: "space-between",
    borderBottomWidth: 0.6,
    borderBottomColor: ink.rule,
    paddingBottom: 4,
    fontSize: 7.5,
    lineHeight: 1.2,
    color: ink.muted,
  },
  // Placed from the top: react-pdf drops a fixed, bottom-anchored block whose text has a
  // line height (4.9.0), so chrome.tsx computes `top` from the page height.
  footer: {
    position: "absolute",
    left: MARGIN,
    right: MARGIN,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: ink.muted,
  },
  kicker: { fontSize: 8, fontWeight: 700, color: ink.muted, letterSpacing: 1.2, marginBottom: 3 },
  title: { fontSize: 20, fontWeight: 700, lineHeight: 1.18, marginBottom: 5 },
  citation: { fontSize: 8.5, color: ink.muted, marginBottom: 2 },
  link: { fontSize: 8.5, color: ink.link, textDecoration: "none" },
  summary: { fontSize: 10, lineHeight: 1.45, marginTop: 7, marginBottom: 8 },
  h2: {
    fontSize: 13,
    fontWeight: 700,
    marginTop: 10,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: ink.text,
  },
  h3: { fontSize: 10.5, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  muted: { color: ink.muted },
  small: { fontSize: 8 },
  bold: { fontWeight: 700 },
  notice: {
    borderWidth: 0.8,
    borderColor: "#ca8a04",
    backgroundColor: "#fefce8",
    padding: 6,
    marginBottom: 8,
    fontSize: 8,
    borderRadius: 3,
  },
  caption: { fontSize: 7.5, color: ink.muted, marginTop: 3 },
});
