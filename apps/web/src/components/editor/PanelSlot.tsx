import { type ReactNode, useEffect, useRef } from "react";
import { useNarrow } from "../../lib/media.js";
import { setPanel, usePanels } from "../../lib/panels.js";
import { useEditor, useEditorContext } from "../../state/context.js";

/**
 * Where the palette and the side panel sit. On a wide screen: a column beside the canvas
 * that folds to a thin rail (remembered in this browser). On a narrow one: a sheet over
 * the canvas, opened from the dock below it; Escape or × closes it.
 */
export const PanelSlot = ({ name, title, children }: { name: "palette" | "side"; title: string; children: ReactNode }) => {
  const narrow = useNarrow();
  const prefs = usePanels();
  const sheet = useEditor((s) => s.sheet);
  const { store } = useEditorContext();
  const ref = useRef<HTMLDivElement>(null);
  const open = narrow ? sheet === name : prefs[name];
  const id = `panel-${name}`;
  // A sheet takes focus when it opens (its landmark, so no phone keyboard pops up), and gives it back to the dock.
  useEffect(() => {
    if (!narrow || !open) return;
    const opener = document.activeElement as HTMLElement | null;
    const landmark = ref.current?.querySelector<HTMLElement>("nav, aside");
    if (landmark) {
      landmark.tabIndex = -1;
      landmark.focus({ preventScroll: true });
    }
    return () => {
      if (ref.current?.contains(document.activeElement) || document.activeElement === document.body) opener?.focus();
    };
  }, [narrow, open]);

  if (narrow)
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any control in the sheet closes it
      <div
        ref={ref}
        id={id}
        className={`panel-slot panel-${name} is-sheet`}
        data-region={name}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          e.stopPropagation();
          store.set({ sheet: undefined });
        }}
      >
        <button
          type="button"
          className="panel-toggle icon-button"
          aria-label={`Close the ${title.toLowerCase()}`}
          onClick={() => store.set({ sheet: undefined })}
        >
          ×
        </button>
        {children}
      </div>
    );

  const label = `${open ? "Hide" : "Show"} the ${title.toLowerCase()}`;
  const arrow = (name === "palette") === open ? "«" : "»";
  return (
    <div ref={ref} id={id} className={`panel-slot panel-${name}${open ? "" : " is-collapsed"}`} data-region={name}>
      {open ? (
        <button
          type="button"
          className="panel-toggle icon-button"
          aria-expanded
          aria-controls={`${id}-body`}
          aria-label={label}
          title={label}
          onClick={() => setPanel(name, false)}
        >
          {arrow}
        </button>
      ) : (
        <button
          type="button"
          className="panel-rail"
          aria-expanded={false}
          aria-controls={`${id}-body`}
          aria-label={label}
          title={label}
          onClick={() => setPanel(name, true)}
        >
          <span aria-hidden="true">{arrow}</span>
          <span className="panel-rail-text">{title}</span>
        </button>
      )}
      <div id={`${id}-body`} className="panel-slot-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
};
