import type { Document } from "@mlsd/core";
import { Text, View } from "@react-pdf/renderer";
import { type HandoutFinding, sortFindings } from "../findings.js";
import { TEXT_WIDTH } from "../geometry.js";
import { ink } from "../palette.js";
import { s } from "../styles.js";
import type { Printer } from "../text.js";

const SEVERITY: Record<string, { label: string; color: string }> = {
  error: { label: "PROBLEM", color: "#b91c1c" },
  warning: { label: "WARNING", color: "#b45309" },
  warn: { label: "WARNING", color: "#b45309" },
  info: { label: "NOTE", color: "#1d4ed8" },
};

const suppressedReason = (f: HandoutFinding) =>
  typeof f.suppressed === "string" ? f.suppressed : typeof f.suppressed === "object" ? (f.suppressed.reason ?? "") : "";

/** The reviewer's findings: what, why it matters, what to do, and which components. */
export const DesignReview = ({
  document,
  findings,
  print,
  bookmark,
}: {
  document: Document;
  findings: readonly HandoutFinding[];
  print: Printer;
  bookmark?: object;
}) => {
  const labels = new Map(document.nodes.map((n) => [n.id as string, n.label]));
  const sorted = sortFindings(findings);
  const open = sorted.filter((f) => !f.suppressed).length;
  return (
    <View>
      <Text style={s.h2} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})} minPresenceAhead={50}>
        Design review
      </Text>
      <Text style={[s.muted, { marginBottom: 5 }]}>
        {sorted.length === 0
          ? "The automatic review found nothing to raise. A human reviewer still should."
          : `The automatic review raised ${open} point${open === 1 ? "" : "s"}${open < sorted.length ? ` (and ${sorted.length - open} accepted by the authors)` : ""}.`}
      </Text>
      {sorted.map((f, i) => {
        const sev = SEVERITY[f.severity] ?? { label: f.severity.toUpperCase(), color: ink.muted };
        const about = (f.nodes ?? []).map((id) => labels.get(id) ?? id);
        const reason = suppressedReason(f);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: one rule may raise several findings
          <View key={`${f.rule}-${i}`} wrap={false} style={{ marginBottom: 6, flexDirection: "row", opacity: f.suppressed ? 0.6 : 1 }}>
            <Text style={{ width: 58, fontSize: 7, fontWeight: 700, color: f.suppressed ? ink.muted : sev.color, paddingTop: 1.5 }}>
              {f.suppressed ? "ACCEPTED" : sev.label}
            </Text>
            <View style={{ flex: 1 }}>
              <Text style={s.bold}>{print.fit(f.message, TEXT_WIDTH - 58, 9.5, true)}</Text>
              {f.why ? (
                <Text>
                  <Text style={s.muted}>Why it matters: </Text>
                  {print.fit(f.why, TEXT_WIDTH - 58, 9.5)}
                </Text>
              ) : null}
              {f.hint ? (
                <Text>
                  <Text style={s.muted}>What to do: </Text>
                  {print.fit(f.hint, TEXT_WIDTH - 58, 9.5)}
                </Text>
              ) : null}
              {reason ? <Text style={[s.small, s.muted]}>Accepted because: {print(reason)}</Text> : null}
              <Text style={[s.small, { color: ink.faint }]}>
                {f.rule}
                {about.length > 0 ? ` · ${print(about.join(", "))}` : ""}
              </Text>
            </View>
          </View>
        );
      })}
    </View>
  );
};
