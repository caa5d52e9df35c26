import { ICON_VIEWBOX, type LegendLine, type LegendPart, legendOf, type Scene } from "@mlsd/scene";
import { G, Line, Path, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { ink } from "../palette.js";

const ICON = 12;

const KindSwatch = ({ part }: { part: LegendPart }) => (
  <Svg width={ICON} height={ICON} viewBox={`0 0 ${ICON_VIEWBOX} ${ICON_VIEWBOX}`}>
    <Rect x={0} y={0} width={24} height={24} rx={5} ry={5} fill={part.color} fillOpacity={0.12} />
    <G transform="translate(3, 3) scale(0.75)">
      <Path d={part.icon} fill="none" stroke={part.color} strokeWidth={2.4} strokeLinecap="round" strokeLinejoin="round" />
    </G>
  </Svg>
);

const EdgeSwatch = ({ line }: { line: LegendLine }) => (
  <Svg width={26} height={8} viewBox="0 0 26 8">
    <Line x1={0} y1={4} x2={20} y2={4} stroke={line.color} strokeWidth={1.5} {...(line.dash ? { strokeDasharray: "4 2.5" } : {})} />
    <Polygon points="26,4 19,1 19,7" fill={line.color} />
  </Svg>
);

const item = { flexDirection: "row" as const, alignItems: "center" as const, width: "25%", marginBottom: 3, paddingRight: 4 };

/** A key to the icons and line styles, limited to what this diagram uses (scene's legend model; paper is the light theme). */
export const Legend = ({ scene }: { scene: Scene }) => {
  const { parts, lines } = legendOf(scene);
  return (
    <View wrap={false} style={{ marginTop: 6, paddingTop: 5, borderTopWidth: 0.6, borderTopColor: ink.rule }}>
      <Text style={{ fontSize: 7.5, fontWeight: 700, color: ink.muted, letterSpacing: 1, marginBottom: 4 }}>LEGEND</Text>
      <View style={{ flexDirection: "row", flexWrap: "wrap" }}>
        {parts.map((p) => (
          <View key={p.kind} style={item}>
            <KindSwatch part={p} />
            <Text style={{ fontSize: 7.5, marginLeft: 4 }}>{p.title}</Text>
          </View>
        ))}
        {lines.map((l) => (
          <View key={l.kind} style={item}>
            <EdgeSwatch line={l} />
            <Text style={{ fontSize: 7.5, marginLeft: 4 }}>{l.title}</Text>
          </View>
        ))}
      </View>
    </View>
  );
};

/** Height the legend takes, for planning the first page. */
export const legendHeight = (scene: Scene, perRow = 4): number => {
  const { parts, lines } = legendOf(scene);
  return 30 + Math.ceil((parts.length + lines.length) / perRow) * 15;
};
