import { describeRequirement, type Rubric } from "@mlsd/core";
import { Text, View } from "@react-pdf/renderer";
import { ink } from "../palette.js";
import { s } from "../styles.js";
import type { Printer } from "../text.js";

/**
 * An answer key's rubric: each item a grader checks, with its points, why a strong design
 * has it and what satisfies it (core's `describeRequirement`, as `mlsd grade` uses it).
 */
export const RubricSection = ({ rubric, print, bookmark }: { rubric: Rubric; print: Printer; bookmark?: object }) => {
  const max = rubric.items.reduce((sum, item) => sum + item.points, 0);
  return (
    <View break>
      <Text style={s.h2} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})}>
        Rubric: what a grader checks ({max} points)
      </Text>
      <Text style={[s.muted, { marginBottom: 6 }]}>
        The reference design in this key is one strong answer, not the only one: grade a design by these items (mlsd grade does it
        structurally, so ids and wording do not matter).
      </Text>
      {rubric.items.map((item, i) => (
        <View key={item.id} wrap={false} style={{ marginBottom: 7, paddingLeft: 7, borderLeftWidth: 2, borderLeftColor: ink.rule }}>
          <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
            <Text style={[s.bold, { flex: 1 }]}>
              {i + 1}. {print(item.title)}
            </Text>
            <Text style={[s.small, s.muted]}>
              {item.points} point{item.points === 1 ? "" : "s"} · {item.id}
            </Text>
          </View>
          <Text style={s.small}>
            <Text style={s.bold}>Why: </Text>
            {print(item.why)}
          </Text>
          <Text style={s.small}>
            <Text style={s.bold}>Satisfied by: </Text>
            {print(describeRequirement(item.requirement))}
          </Text>
        </View>
      ))}
    </View>
  );
};
