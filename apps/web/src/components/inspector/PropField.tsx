import type { DesignNode, PropSpec } from "@mlsd/core";
import { useEffect, useId, useRef, useState } from "react";
import { propProblem, readInput } from "../../lib/props.js";
import { useEditor, useEditorContext } from "../../state/context.js";
import { CheckField, Field } from "./Field.js";

/**
 * One typed property. What the user types stays in the field; only a value core's schema
 * accepts reaches the document. A refused value is kept in the editor (not only in this
 * field), with a plain-language message, until it is fixed or reverted: deselecting and
 * selecting the part again shows it as it was left.
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
  const { actions } = useEditorContext();
  const draftKey = `${node.id}:${name}`;
  const draft = useEditor((s) => s.propDrafts.get(draftKey));
  const stored = (node.props as Record<string, unknown>)[name];
  const shown = (v: unknown) => (v === undefined ? "" : String(v));
  const [text, setText] = useState(draft ?? shown(stored));
  const error = draft === undefined ? null : propProblem(node, name, readInput(spec, draft));
  // A change from elsewhere (undo, another field) resets the field to the stored value.
  const seen = useRef(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored value should reset the field
  useEffect(() => {
    if (seen.current === stored) return;
    seen.current = stored;
    if (readInput(spec, text) === stored) return; // "1." while typing "1.5" stays
    actions.setPropDraft(draftKey, undefined);
    setText(shown(stored));
  }, [stored]);

  const label = `${spec.label}${spec.type === "number" && spec.unit ? ` (${spec.unit})` : ""}`;
  const errorId = `${id}-error`;
  const update = (raw: string | boolean) => {
    const value = readInput(spec, raw);
    if (propProblem(node, name, value)) {
      actions.setPropDraft(draftKey, String(raw));
      return;
    }
    actions.setPropDraft(draftKey, undefined);
    onChange(value);
  };
  const revert = () => {
    actions.setPropDraft(draftKey, undefined);
    setText(shown(stored));
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
          {error}{" "}
          <button type="button" className="link-button" onClick={revert}>
            Revert to {stored === undefined ? "empty" : `“${shown(stored)}”`}
          </button>
        </p>
      ) : null}
    </Field>
  );
};
