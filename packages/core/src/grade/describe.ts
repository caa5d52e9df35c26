import { stageInfo } from "../stages.js";
import { describeMatch } from "./match.js";
import type { Requirement } from "./rubric.js";

const EDGE_WORDS = { data: "data", control: "trigger", deploy: "deploy", feedback: "feedback" } as const;

/**
 * What satisfies a requirement, in one sentence fragment, for rubric listings (such as the
 * catalogue README's answer key): `a path from a Data source node to a Model node`.
 * @public
 */
export const describeRequirement = (r: Requirement): string => {
  switch (r.type) {
    case "stages":
      return r.stages ? `a node in each of ${r.stages.map((s) => stageInfo(s).title).join(", ")}` : "a node in every stage";
    case "node":
      return (r.min ?? 1) > 1 ? `at least ${r.min} × ${describeMatch(r.match)}` : describeMatch(r.match);
    case "path": {
      const edges = r.edgeKinds ? ` along ${r.edgeKinds.map((k) => EDGE_WORDS[k]).join(" or ")} edges` : "";
      const through = r.through ? ` through ${describeMatch(r.through)}` : "";
      return `${r.direct ? "an edge" : "a path"} from ${describeMatch(r.from)} to ${describeMatch(r.to)}${through}${edges}`;
    }
    case "loop": {
      const count = (r.min ?? 1) > 1 ? `${r.min} feedback edges` : "a feedback edge";
      const from = r.from ? `${describeMatch(r.from)} or a part after it,` : "a later stage";
      return `${count} from ${from} back to ${r.to ? describeMatch(r.to) : "an earlier stage"}`;
    }
    case "review": {
      const severities = (r.severities ?? ["error"]).join(" or ");
      const rules = r.rules ? ` from ${r.rules.join(", ")}` : "";
      const cost = r.costPerFinding !== undefined ? `, each costing ${r.costPerFinding} point${r.costPerFinding === 1 ? "" : "s"}` : "";
      return `no ${r.countSuppressed ? "" : "unsuppressed "}review ${severities} findings${rules}${cost}`;
    }
    case "all":
      return r.of.map(describeRequirement).join("; and ");
    case "any":
      return `any of: ${r.of.map((c, i) => `(${i + 1}) ${describeRequirement(c)}`).join(" ")}`;
  }
};
