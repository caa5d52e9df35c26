import type { DesignNode, PropSpec } from "@mlsd/core";
import { useEffect, useId, useState } from "react";
import { propProblem, readInput } from "../../lib/props.js";
import { CheckField, Field } from "./Field.js";

/**
 * One typed property. What the user types is kept in the field; only a value core's schema
 * accepts reaches the document, and a rejected one shows core's message under the field.
 */
export const PropField = ({
  node,
  name,
  spec,
  onChange,
}: {
  node: DesignNode;
  name: string;
  spec: PropSpec;
  onChange: (value: unknown) => void;
}) => {
  const id = useId();
  const stored = (node.props as Record<string, unknown>)[name];
  const [text, setText] = useState(stored === undefined ? "" : String(stored));
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another field) resets the field to the stored value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored value should reset the field
  useEffect(() => {
    setText((current) => {
      if (readInput(spec, current) === stored) return current; // "1." while typing "1.5" stays
      setError(null);
      return stored === undefined ? "" : String(stored);
    });
  }, [stored]);

  const label = `${spec.label}${spec.type === "number" && spec.unit ? ` (${spec.unit})` : ""}`;
  const errorId = `${id}-error`;
  const update = (raw: string | boolean) => {
    const value = readInput(spec, raw);
    const problem = propProblem(node, name, value);
    setError(problem);
    if (!problem) onChange(value);
  };

  if (spec.type === "boolean")
    return (
      <CheckField checked={stored === true} onChange={update}>
        {spec.label}
      </CheckField>
    );

  return (
    <Field id={id} label={label}>
      {spec.type === "enum" ? (
        <select id={id} value={text} onChange={(e) => update(e.target.value)}>
          <option value="">(not set)</option>
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          inputMode={spec.type === "number" ? "decimal" : "text"}
          value={text}
          placeholder={spec.type === "string" ? spec.placeholder : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            update(e.target.value);
          }}
        />
      )}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Field>
  );
};
