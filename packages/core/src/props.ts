/**
 * Property specs: plain data describing the typed properties of a node kind. The zod
 * schema, the JSON Schema and the editor's form are all derived from these, so a property
 * is declared once.
 * @public
 */
export type PropSpec =
  | {
      readonly type: "number";
      readonly label: string;
      readonly unit?: string;
      readonly min?: number;
      readonly max?: number;
      readonly integer?: boolean;
    }
  | { readonly type: "string"; readonly label: string; readonly maxLength?: number; readonly placeholder?: string }
  | { readonly type: "boolean"; readonly label: string; readonly badge?: string }
  | { readonly type: "enum"; readonly label: string; readonly options: readonly string[] };

/**
 * The property specifications of a node kind, by property name.
 * @public
 */
export type PropSpecs = Readonly<Record<string, PropSpec>>;

/** The TypeScript value type of one spec. */
export type PropValue<S extends PropSpec> = S extends { type: "number" }
  ? number
  : S extends { type: "string" }
    ? string
    : S extends { type: "boolean" }
      ? boolean
      : S extends { type: "enum"; options: readonly (infer O)[] }
        ? O
        : never;

/**
 * Every property is optional: a design grows one detail at a time.
 * @public
 */
export type PropsOf<S extends PropSpecs> = { -readonly [K in keyof S]?: PropValue<S[K]> };

type NumberSpec = Extract<PropSpec, { type: "number" }>;
const num = (label: string, extra: Omit<NumberSpec, "type" | "label"> = {}) =>
  ({ type: "number", label, ...extra }) as const satisfies NumberSpec;
const str = (label: string, placeholder?: string) =>
  (placeholder ? { type: "string", label, placeholder } : { type: "string", label }) as {
    type: "string";
    label: string;
    placeholder?: string;
  };
/** `badge` is the short word a node shows when the flag is on ("personal data"). */
const bool = (label: string, badge?: string) =>
  badge ? ({ type: "boolean", label, badge } as const) : ({ type: "boolean", label } as const);
const oneOf = <const O extends readonly string[]>(label: string, options: O) => ({ type: "enum", label, options }) as const;

export const spec = { num, str, bool, oneOf };

/**
 * A node's badge for a property: a flag that is on shows its short word, one that is off shows nothing.
 * @public
 */
export const formatBadge = (s: PropSpec, value: unknown): string | null => {
  if (value === undefined || value === null || value === "") return null;
  if (s.type === "boolean") return value ? (s.badge ?? s.label.toLowerCase()) : null;
  return formatPropValue(s, value);
};

/**
 * Formats a value for tables and handouts: `120 ms`, `yes`, `gpu`.
 * @public
 */
export const formatPropValue = (s: PropSpec, value: unknown): string => {
  if (value === undefined || value === null) return "";
  if (s.type === "boolean") return value ? "yes" : "no";
  if (s.type === "number" && typeof value === "number") {
    const text = Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
    return s.unit ? `${text} ${s.unit}` : text;
  }
  return String(value);
};
