import type { NodeKind } from "@mlsd/core";
import { ICON_VIEWBOX, KIND_STYLES } from "@mlsd/scene";

export const KindIcon = ({ kind, size = 20 }: { kind: NodeKind; size?: number }) => (
  <svg
    className="kind-icon"
    width={size}
    height={size}
    viewBox={`0 0 ${ICON_VIEWBOX} ${ICON_VIEWBOX}`}
    fill="none"
    stroke={KIND_STYLES[kind].color}
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d={KIND_STYLES[kind].icon} />
  </svg>
);
