/** Mermaid's diagram keywords other than flowcharts, with what a person calls them. */
const OTHER_DIAGRAMS: Readonly<Record<string, string>> = {
  sequenceDiagram: "a sequence diagram",
  classDiagram: "a class diagram",
  "classDiagram-v2": "a class diagram",
  stateDiagram: "a state diagram",
  "stateDiagram-v2": "a state diagram",
  erDiagram: "an entity-relationship diagram",
  gantt: "a Gantt chart",
  pie: "a pie chart",
  journey: "a user journey",
  gitGraph: "a git graph",
  mindmap: "a mind map",
  timeline: "a timeline",
  quadrantChart: "a quadrant chart",
  requirementDiagram: "a requirement diagram",
  C4Context: "a C4 diagram",
  C4Container: "a C4 diagram",
  C4Component: "a C4 diagram",
  C4Dynamic: "a C4 diagram",
  C4Deployment: "a C4 diagram",
  "sankey-beta": "a Sankey diagram",
  sankey: "a Sankey diagram",
  "xychart-beta": "an XY chart",
  xychart: "an XY chart",
  "block-beta": "a block diagram",
  block: "a block diagram",
  "packet-beta": "a packet diagram",
  packet: "a packet diagram",
  "architecture-beta": "an architecture diagram",
  architecture: "an architecture diagram",
  kanban: "a Kanban board",
  "radar-beta": "a radar chart",
  radar: "a radar chart",
  "treemap-beta": "a treemap",
  treemap: "a treemap",
  info: "an info diagram",
  zenuml: "a ZenUML sequence diagram",
};

export const FLOWCHART_KEYWORDS = ["flowchart-elk", "flowchart", "graph"] as const;

/** The first word of a diagram after front matter, directives and comments ("" when there is none). */
export const diagramKeyword = (text: string): string => {
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, "")
    .replace(/%%\{[\s\S]*?\}%%/g, " ")
    .replace(/^[ \t]*%%.*$/gm, "");
  return /^\s*([A-Za-z][\w-]*)/.exec(body)?.[1] ?? "";
};

export const isFlowchartKeyword = (word: string): boolean => (FLOWCHART_KEYWORDS as readonly string[]).includes(word);

/** "a sequence diagram (sequenceDiagram)", or null when the word names no other Mermaid diagram. */
export const otherDiagramName = (word: string): string | null =>
  Object.hasOwn(OTHER_DIAGRAMS, word) ? `${OTHER_DIAGRAMS[word]} (${word})` : null;
