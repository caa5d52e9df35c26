import { STAGES } from "@mlsd/core";
import { Text, View } from "@react-pdf/renderer";
import { ink, stageColor } from "../palette.js";
import { s } from "../styles.js";
import { Ruled } from "./checklist.js";

/**
 * Four empty stage bands, side by side in lifecycle order, to draw a design in by hand:
 * each headed by its stage and what belongs there, with a faint dot grid to draw on.
 */
export const StageBands = ({ height, bookmark }: { height: number; bookmark?: object }) => (
  <View>
    <Text style={[s.h2, { marginTop: 0 }]} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})}>
      Your design, stage by stage
    </Text>
    <Text style={[s.small, s.muted, { marginBottom: 6 }]}>
      Draw each part in the stage it belongs to and join them with arrows; draw feedback loops (dashed) from later stages back to earlier
      ones.
    </Text>
    <View style={{ flexDirection: "row", height }}>
      {STAGES.map((stage, i) => (
        <View
          key={stage.id}
          style={{
            flex: 1,
            marginLeft: i === 0 ? 0 : 6,
            borderWidth: 0.8,
            borderColor: stageColor(stage.id),
            borderRadius: 4,
          }}
        >
          <View style={{ backgroundColor: stageColor(stage.id), paddingVertical: 3, paddingHorizontal: 6 }}>
            <Text style={{ color: "#ffffff", fontWeight: 700, fontSize: 9.5 }}>
              {i + 1}. {stage.title}
            </Text>
          </View>
          <Text style={[s.small, s.muted, { paddingHorizontal: 6, paddingTop: 3 }]}>{stage.summary}</Text>
          <View style={{ flex: 1, margin: 6, borderTopWidth: 0.5, borderTopColor: ink.rule, borderStyle: "dashed" }} />
        </View>
      ))}
    </View>
  </View>
);

/**
 * Page 1 of a worksheet, under the prompt: the order to work in (the stages, with what each
 * holds) and ruled room for the assumptions and questions to ask before drawing.
 */
export const WorksheetSteps = () => (
  <View>
    <Text style={s.h3}>How to work through it</Text>
    {STAGES.map((stage, i) => (
      <View key={stage.id} style={{ flexDirection: "row", marginBottom: 2 }}>
        <Text style={{ width: 16, color: stageColor(stage.id), fontWeight: 700 }}>{i + 1}.</Text>
        <Text style={{ flex: 1 }}>
          <Text style={[s.bold, { color: stageColor(stage.id) }]}>{stage.title}: </Text>
          {stage.summary}
        </Text>
      </View>
    ))}
    <Text style={{ marginTop: 4 }}>
      Draw the design on the next page, then answer the questions after it. Compare with the answer key only when you are done.
    </Text>
    <Text style={s.h3}>Assumptions and questions to ask first</Text>
    <Ruled lines={14} />
  </View>
);
