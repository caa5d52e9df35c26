export { CoursePack, type CoursePackEntry, type CoursePackOptions, type CoursePackProps, groupEntries, tocRows } from "./course-pack.js";
export { Diagram, type DiagramProps } from "./diagram.js";
export { type HandoutFinding, sortFindings } from "./findings.js";
export {
  FALLBACK_METRICS,
  FONT_FAMILY,
  type FontFiles,
  type FontMetrics,
  fontDataUrl,
  loadFonts,
  needsShaping,
  PLAIN_FONT_FAMILY,
  registerFonts,
  withoutShaping,
} from "./fonts.js";
export {
  breakLines,
  type DiagramPlacement,
  type DiagramPlan,
  MIN_LABEL_PT,
  MIN_SCALE,
  type Orientation,
  planDiagram,
} from "./geometry.js";
export { Handout, type HandoutProps, planHandout } from "./handout.js";
export { type HandoutInput, handoutStrings } from "./prepare.js";
export { PRINT_LAYOUTS, type PrintLayout, printScene, printsWhole } from "./print-scene.js";
export { browserFontFiles, type RenderOptions, renderCoursePackToBlob, renderHandoutToBlob } from "./render.js";
export { keyProperties } from "./sections/components.js";
export { citationText } from "./sections/title-block.js";
export { codePointName, createPrinter, MISSING_GLYPH, type Printer } from "./text.js";
