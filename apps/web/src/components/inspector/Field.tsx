import { STAGES } from "@mlsd/core";
import type { ReactNode } from "react";

/** A labelled control; `id` is the control's, so the label names it for screen readers. */
export const Field = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {children}
  </div>
);

/** A checkbox with its text beside it, the whole row clickable. */
export const CheckField = ({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) => (
  <label className="field field-check">
    <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
    <span>{children}</span>
  </label>
);

/** The four stages as the options of a select, in the booklet's order. */
export const StageOptions = () =>
  STAGES.map((s) => (
    <option key={s.id} value={s.id}>
      {s.title}
    </option>
  ));
