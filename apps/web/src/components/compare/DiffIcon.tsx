import type { Difference } from "../../lib/comparison.js";

/** The shape of each kind of difference, so none is told by colour alone. */
const PATHS: Record<Difference, string> = {
  added: "M8 3v10M3 8h10",
  removed: "M3 8h10",
  changed: "M3 13l1-3.5L10.5 3 13 5.5 6.5 12zM9 4.5l2.5 2.5",
  moved: "M2 8h12M5 5 2 8l3 3M11 5l3 3-3 3",
};

export const STATUS_TEXT: Record<Difference, string> = { added: "Added", removed: "Removed", changed: "Changed", moved: "Moved" };

export const DiffIcon = ({ status, size = 14 }: { status: Difference; size?: number }) => (
  <svg
    className="diff-icon"
    width={size}
    height={size}
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={PATHS[status]} />
  </svg>
);

/** The mark on a part in the drawing: icon and word on the difference's colour. */
export const DiffBadge = ({ status }: { status: Difference }) => (
  <span className={`diff-badge diff-badge-${status}`}>
    <DiffIcon status={status} size={11} />
    {STATUS_TEXT[status]}
  </span>
);
