import { type Document, formatPropValue, KINDS, STAGES } from "@mlsd/core";
import type { Scene, SceneNode } from "@mlsd/scene";
import { Text, View } from "@react-pdf/renderer";
import type { Measure } from "../fonts.js";
import { breakLines, TEXT_WIDTH } from "../geometry.js";
import { ink, kindColor, stageColor } from "../palette.js";
import { s } from "../styles.js";
import type { Printer } from "../text.js";
import { Paragraphs } from "./paragraphs.js";

/**
 * The properties worth printing for a node: its kind's badges first, then the rest that are set.
 * @internal
 */
export const keyProperties = (node: Pick<SceneNode, "kind" | "props">): { label: string; value: string }[] => {
  const def = KINDS[node.kind];
  const specs = def.props as Record<string, Parameters<typeof formatPropValue>[0]>;
  const badges = def.badges as readonly string[];
  const keys = [...badges, ...Object.keys(specs).filter((k) => !badges.includes(k))];
  return keys.flatMap((key) => {
    const spec = specs[key];
    const value = spec ? formatPropValue(spec, node.props[key]) : "";
    return spec && value ? [{ label: spec.label, value }] : [];
  });
};

const cell = { paddingVertical: 4, paddingHorizontal: 5 };
// Room for text in each column (width less padding and the color bar), to cut long words.
const room = { name: TEXT_WIDTH * 0.34 - 13, props: TEXT_WIDTH * 0.38 - 10, notes: TEXT_WIDTH * 0.28 - 10 };
const cols = { name: { ...cell, width: "34%" }, props: { ...cell, width: "38%" }, notes: { ...cell, width: "28%" } };

/** Notes longer than this many printed lines go after the table, where they can run over pages. */
export const ROW_NOTE_LINES = 12;

/** A component's row data: the document's words, in the order the drawing places them. */
type Component = Pick<SceneNode, "id" | "kind" | "stage" | "label" | "props" | "notes">;

const noteLines = (notes: string, measure: Measure) =>
  notes.split(/\r?\n/).reduce((n, line) => n + Math.max(1, breakLines(line, room.notes, 8, measure, Number.POSITIVE_INFINITY).length), 0);

const Row = ({ node, print, long }: { node: Component; print: Printer; long: boolean }) => {
  const props = keyProperties(node);
  return (
    <View style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: ink.rule }} wrap={false}>
      <View style={{ ...cols.name, borderLeftWidth: 2.5, borderLeftColor: kindColor(node.kind) }}>
        <Text style={s.bold}>{print.fit(node.label, room.name, 9.5, true)}</Text>
        <Text style={[s.small, s.muted]}>{KINDS[node.kind].title}</Text>
      </View>
      <View style={cols.props}>
        {props.length === 0 ? (
          <Text style={[s.small, { color: ink.faint }]}>no properties given</Text>
        ) : (
          props.map((p) => (
            <Text key={p.label} style={s.small}>
              <Text style={s.muted}>{p.label}: </Text>
              {print.fit(p.value, room.props, 8)}
            </Text>
          ))
        )}
      </View>
      <View style={cols.notes}>
        {long ? (
          <Text style={[s.small, s.muted]}>Long notes: printed in full under “Notes on components” after this table.</Text>
        ) : node.notes ? (
          <Paragraphs text={node.notes} print={print} style={s.small} fit={{ width: room.notes, size: 8 }} />
        ) : null}
      </View>
    </View>
  );
};

/**
 * Every component, grouped by stage in lifecycle order (within a stage, in the drawing's
 * reading order), with its key properties and notes. Rows never break over a page, so notes
 * too long for a row are printed after the table as paragraphs that can.
 */
export const ComponentsTable = ({
  document,
  scene,
  print,
  measure,
  bookmark,
}: {
  document: Document;
  scene: Scene;
  print: Printer;
  measure: Measure;
  bookmark?: object;
}) => {
  const at = new Map(scene.nodes.map((n) => [n.id as string, n]));
  const place = (id: string) => at.get(id) ?? { x: Number.POSITIVE_INFINITY, y: Number.POSITIVE_INFINITY };
  const long = new Set(document.nodes.filter((n) => n.notes && noteLines(n.notes, measure) > ROW_NOTE_LINES).map((n) => n.id as string));
  return (
    <View>
      <Text style={s.h2} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})} minPresenceAhead={60}>
        Components by stage
      </Text>
      <View style={{ flexDirection: "row", borderBottomWidth: 0.8, borderBottomColor: ink.text }} fixed={false}>
        <Text style={[cols.name, s.small, s.bold]}>Component</Text>
        <Text style={[cols.props, s.small, s.bold]}>Key properties</Text>
        <Text style={[cols.notes, s.small, s.bold]}>Notes</Text>
      </View>
      {STAGES.map((stage) => {
        const nodes = document.nodes
          .filter((n) => n.stage === stage.id)
          .sort((a, b) => place(a.id).y - place(b.id).y || place(a.id).x - place(b.id).x);
        if (nodes.length === 0) return null;
        return (
          <View key={stage.id}>
            <View
              style={{ marginTop: 6, paddingVertical: 2, paddingHorizontal: 5, backgroundColor: stageColor(stage.id) }}
              minPresenceAhead={40}
            >
              <Text style={{ color: "#ffffff", fontWeight: 700, fontSize: 8.5 }}>
                {stage.title} · {nodes.length} component{nodes.length === 1 ? "" : "s"}
              </Text>
            </View>
            {nodes.map((n) => (
              <Row key={n.id} node={n} print={print} long={long.has(n.id)} />
            ))}
          </View>
        );
      })}
      {long.size > 0 ? (
        <View>
          <Text style={s.h3} minPresenceAhead={40}>
            Notes on components
          </Text>
          {document.nodes
            .filter((n) => long.has(n.id))
            .map((n) => (
              <View key={n.id} style={{ marginBottom: 6, paddingLeft: 7, borderLeftWidth: 2, borderLeftColor: kindColor(n.kind) }}>
                <Text style={s.bold} minPresenceAhead={20}>
                  {print.fit(n.label, TEXT_WIDTH - 9, 9.5, true)}
                </Text>
                <Paragraphs text={n.notes ?? ""} print={print} style={s.small} fit={{ width: TEXT_WIDTH - 9, size: 8 }} />
              </View>
            ))}
        </View>
      ) : null}
    </View>
  );
};
