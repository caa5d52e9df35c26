import { type DesignNode, emptyDocument, KINDS, type PropSpec, validateDocument } from "@mlsd/core";

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

/** Units as words, for messages a newcomer reads. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  ms: "milliseconds",
  s: "seconds",
  h: "hours",
  days: "days",
  TB: "terabytes",
  MB: "megabytes",
  "ev/s": "events per second",
  "req/s": "requests per second",
};

const range = (min?: number, max?: number) => {
  if (min !== undefined && max !== undefined) return `, from ${min} to ${max}`;
  if (min !== undefined) return `, ${min} or more`;
  if (max !== undefined) return `, ${max} or less`;
  return "";
};

/**
 * What a property accepts, in plain words: "Latency budget must be a number of
 * milliseconds, 0 or more". Undefined for kinds of value no one can type wrong.
 */
export const propRule = (spec: PropSpec): string | undefined => {
  switch (spec.type) {
    case "number": {
      if (spec.unit === "%") return `${spec.label} must be a percentage${range(spec.min, spec.max)}.`;
      const what = spec.integer ? "a whole number" : "a number";
      const unit = spec.unit ? ` of ${UNIT_WORDS[spec.unit] ?? spec.unit}` : "";
      return `${spec.label} must be ${what}${unit}${range(spec.min, spec.max)}.`;
    }
    case "string":
      return spec.maxLength ? `${spec.label} can be at most ${spec.maxLength.toLocaleString("en-US")} characters.` : undefined;
    case "enum":
      return `${spec.label} must be one of: ${spec.options.join(", ")}.`;
    case "boolean":
      return undefined;
  }
};

/**
 * Why a property value is refused, in plain words, or null when core's schema accepts it.
 * Core's own message (written for files: "expected at least 0, got -5") is the fallback.
 */
export const propProblem = (node: DesignNode, key: string, value: unknown): string | null => {
  const props = { ...node.props, [key]: value } as Record<string, unknown>;
  if (value === undefined) delete props[key];
  const probe = { ...emptyDocument("probe", { id: "probe" }), nodes: [{ ...node, props } as DesignNode] };
  const prefix = `nodes[0].props.${key}`;
  const problem = validateDocument(probe as unknown as Record<string, unknown>).find(
    (p) => p.path === prefix || p.path.startsWith(`${prefix}`),
  );
  if (!problem) return null;
  const spec = (KINDS[node.kind].props as Readonly<Record<string, PropSpec>>)[key];
  return (spec && propRule(spec)) ?? problem.message;
};
