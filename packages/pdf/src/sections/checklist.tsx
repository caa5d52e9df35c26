import { STAGE_QUESTIONS, STAGES } from "@mlsd/core";
import { Text, View } from "@react-pdf/renderer";
import { ink, stageColor } from "../palette.js";
import { s } from "../styles.js";

const RULE_GAP = 14;

/** Ruled lines to write on. */
export const Ruled = ({ lines }: { lines: number }) => (
  <View style={{ marginLeft: 16, marginBottom: 4 }}>
    {Array.from({ length: lines }, (_, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: ruled lines are interchangeable
      <View key={i} style={{ height: RULE_GAP, borderBottomWidth: 0.5, borderBottomColor: ink.rule }} />
    ))}
  </View>
);

/**
 * The framework's questions for each stage, each with ruled room for the reader's answer:
 * the worksheet part of the handout.
 */
export const Checklist = ({
  bookmark,
  linesPerQuestion = 2,
  newPage = true,
}: {
  bookmark?: object;
  linesPerQuestion?: number;
  /** Start on a new page (false when the checklist opens a page of its own already). */
  newPage?: boolean;
}) => (
  <View break={newPage}>
    <Text style={s.h2} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})}>
      Checklist: questions for each stage
    </Text>
    <Text style={[s.muted, { marginBottom: 4 }]}>
      Answer each question for this design. Where the diagram has no answer, that gap is worth discussing.
    </Text>
    {STAGES.map((stage) => (
      <View key={stage.id}>
        {STAGE_QUESTIONS[stage.id].map((q, i) => (
          // The stage heading travels with its first question, never alone at a page foot.
          <View key={q} wrap={false}>
            {i === 0 ? (
              <View style={{ flexDirection: "row", alignItems: "center", marginTop: 8, marginBottom: 3 }}>
                <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: stageColor(stage.id), marginRight: 5 }} />
                <Text style={[s.h3, { marginTop: 0, marginBottom: 0, color: stageColor(stage.id) }]}>{stage.title}</Text>
                <Text style={[s.small, s.muted, { marginLeft: 6 }]}>{stage.summary}</Text>
              </View>
            ) : null}
            <View style={{ flexDirection: "row" }}>
              <Text style={{ width: 16, color: ink.muted }}>{i + 1}.</Text>
              <Text style={{ flex: 1 }}>{q}</Text>
            </View>
            <Ruled lines={linesPerQuestion} />
          </View>
        ))}
      </View>
    ))}
  </View>
);
