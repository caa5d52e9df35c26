import type { CSSProperties } from "react";

const button = (dark: boolean): CSSProperties => ({
  width: 28,
  height: 28,
  display: "grid",
  placeItems: "center",
  padding: 0,
  font: "600 16px/1 system-ui, sans-serif",
  color: dark ? "#e5e7eb" : "#1f2937",
  background: dark ? "#1e293b" : "#ffffff",
  border: `1px solid ${dark ? "#475569" : "#d1d5db"}`,
  borderRadius: 6,
  cursor: "pointer",
});

/** Zoom buttons in the corner; the keys +, - and 0 do the same when the viewer has focus. */
export function Controls({
  dark,
  onZoomIn,
  onZoomOut,
  onFit,
}: {
  dark: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}) {
  const style = button(dark);
  return (
    <div style={{ position: "absolute", top: 8, right: 8, display: "flex", gap: 4 }}>
      <button type="button" style={style} aria-label="Zoom in" title="Zoom in (+)" onClick={onZoomIn}>
        +
      </button>
      <button type="button" style={style} aria-label="Zoom out" title="Zoom out (-)" onClick={onZoomOut}>
        −
      </button>
      <button type="button" style={style} aria-label="Fit to view" title="Fit (0)" onClick={onFit}>
        ⤢
      </button>
    </div>
  );
}
