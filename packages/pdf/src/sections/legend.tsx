import { compareStages, EDGE_KIND_INFO, type EdgeKind, KINDS, type NodeKind } from "@mlsd/core";
import { ICON_VIEWBOX, type Scene } from "@mlsd/scene";
import { G, Line, Path, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { edgeColor, edgeDash, ink, kindColor, kindIcon } from "../palette.js";

/** The node kinds a scene uses, in lifecycle order, then the edge kinds. */
export const kindsUsed = (scene: Scene): { nodes: NodeKind[]; edges: EdgeKind[] } => {
  const nodes = [...new Set(scene.nodes.map((n) => n.kind))].sort(
    (a, b) => compareStages(KINDS[a].stage, KINDS[b].stage) || KINDS[a].title.localeCompare(KINDS[b].title),
  );
  const order: EdgeKind[] = ["data", "control", "deploy", "feedback"];
  const used = new Set(scene.edges.map((e) => e.kind));
  return { nodes, edges: order.filter((k) => used.has(k)) };
};

const ICON = 12;

const KindSwatch = ({ kind }: { kind: NodeKind }) => (
  <Svg width={ICON} height={ICON} viewBox={`0 0 ${ICON_VIEWBOX} ${ICON_VIEWBOX}`}>
    <Rect x={0} y={0} width={24} height={24} rx={5} ry={5} fill={kindColor(kind)} fillOpacity={0.12} />
    <G transform="translate(3, 3) scale(0.75)">
      <Path d={kindIcon(kind)} fill="none" stroke={kindColor(kind)} strokeWidth={2.4} strokeLinecap="round" strokeLinejoin="round" />
    </G>
  </Svg>
);

const EdgeSwatch = ({ kind }: { kind: EdgeKind }) => {
  const dash = edgeDash(kind);
  return (
    <Svg width={26} height={8} viewBox="0 0 26 8">
      <Line x1={0} y1={4} x2={20} y2={4} stroke={edgeColor(kind)} strokeWidth={1.5} {...(dash ? { strokeDasharray: "4 2.5" } : {})} />
      <Polygon points="26,4 19,1 19,7" fill={edgeColor(kind)} />
    </Svg>
  );
};

const item = { flexDirection: "row" as const, alignItems: "center" as const, width: "25%", marginBottom: 3, paddingRight: 4 };

/** A key to the icons and line styles, limited to what this diagram uses. */
export const Legend = ({ scene }: { scene: Scene }) => {
  const { nodes, edges } = kindsUsed(scene);
  return (
    <View wrap={false} style={{ marginTop: 6, paddingTop: 5, borderTopWidth: 0.6, borderTopColor: ink.rule }}>
      <Text style={{ fontSize: 7.5, fontWeight: 700, color: ink.muted, letterSpacing: 1, marginBottom: 4 }}>LEGEND</Text>
      <View style={{ flexDirection: "row", flexWrap: "wrap" }}>
        {nodes.map((k) => (
          <View key={k} style={item}>
            <KindSwatch kind={k} />
            <Text style={{ fontSize: 7.5, marginLeft: 4 }}>{KINDS[k].title}</Text>
          </View>
        ))}
        {edges.map((k) => (
          <View key={k} style={item}>
            <EdgeSwatch kind={k} />
            <Text style={{ fontSize: 7.5, marginLeft: 4 }}>{EDGE_KIND_INFO[k].title}</Text>
          </View>
        ))}
      </View>
    </View>
  );
};

/** Height the legend takes, for planning the first page. */
export const legendHeight = (scene: Scene, perRow = 4): number => {
  const { nodes, edges } = kindsUsed(scene);
  return 30 + Math.ceil((nodes.length + edges.length) / perRow) * 15;
};
