import type { z } from "zod";
import { describeValue, formatPath, type Problem } from "./errors.js";

const TYPE_NAMES: Record<string, string> = {
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
  int: "a whole number",
};

const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/** Turns one zod issue into a plain-words problem with its path. */
export const problemFromIssue = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Problem[] => {
  const path = [...prefix, ...issue.path];
  const at = formatPath(path);
  const got = "input" in issue ? describeValue(issue.input) : undefined;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return [{ path: at, message: `missing; expected ${TYPE_NAMES[issue.expected] ?? issue.expected}` }];
      return [{ path: at, message: `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${got}` }];
    }
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v));
      const expected = options.length === 1 ? options[0] : `one of ${options.join(", ")}`;
      return [{ path: at, message: `expected ${expected}, got ${got}` }];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: "unknown field" }));
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string")
        return [
          {
            path: at,
            message: `too long: ${plural(String(issue.input ?? "").length, "character")}, at most ${max.toLocaleString("en-US")}`,
          },
        ];
      if (issue.origin === "array")
        return [
          {
            path: at,
            message: `too many: ${plural((issue.input as unknown[] | undefined)?.length ?? 0, "item")}, at most ${max.toLocaleString("en-US")}`,
          },
        ];
      return [{ path: at, message: `expected at most ${max}, got ${got}` }];
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return [{ path: at, message: "must not be empty" }];
      const strict = issue.inclusive === false;
      return [{ path: at, message: `expected ${strict ? "more than" : "at least"} ${min}, got ${got}` }];
    }
    case "invalid_format":
      return [{ path: at, message: `${issue.message}, got ${got}` }];
    case "invalid_union": {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[disc];
        const where = path[path.length - 1] === disc ? path : [...path, disc];
        return [
          {
            path: formatPath(where),
            message: value === undefined ? `missing; expected a ${disc}` : `unknown ${disc} ${describeValue(value)}`,
          },
        ];
      }
      return [{ path: at, message: "does not match any allowed shape" }];
    }
    default:
      return [{ path: at, message: issue.message }];
  }
};
