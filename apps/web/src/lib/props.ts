import { type DesignNode, emptyDocument, type PropSpec, validateDocument } from "@mlsd/core";

/**
 * Reads what a user typed into a property field. Numbers are parsed here, but the verdict
 * on every value comes from core's schema (the same one files are checked with), so the
 * form and the file format can never disagree.
 */
export const readInput = (spec: PropSpec, raw: string | boolean): unknown => {
  if (spec.type === "boolean") return raw === true;
  const text = String(raw);
  if (text.trim() === "") return undefined;
  if (spec.type === "number") {
    const n = Number(text.trim().replace(/,/g, ""));
    return Number.isNaN(n) ? text : n;
  }
  return text;
};

/** The message core gives for one property value, or null when it is valid. */
export const propProblem = (node: DesignNode, key: string, value: unknown): string | null => {
  const props = { ...node.props, [key]: value } as Record<string, unknown>;
  if (value === undefined) delete props[key];
  const probe = { ...emptyDocument("probe", { id: "probe" }), nodes: [{ ...node, props } as DesignNode] };
  const prefix = `nodes[0].props.${key}`;
  const problem = validateDocument(probe as unknown as Record<string, unknown>).find(
    (p) => p.path === prefix || p.path.startsWith(`${prefix}`),
  );
  return problem ? problem.message : null;
};
