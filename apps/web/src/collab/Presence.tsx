import { useReactFlow, useStoreApi, useViewport, ViewportPortal } from "@xyflow/react";
import { useEffect, useMemo } from "react";
import { nodeSize } from "../lib/geometry.js";
import { useEditor } from "../state/context.js";
import type { RoomSession } from "./session.js";
import { useRoomStatus } from "./useRoomStatus.js";

/**
 * Sends my pointer's place on the canvas to the room, at most every 80 ms: every pointer
 * update reaches each other person, and each of them echoes it back once (Hocuspocus's
 * provider re-sends awareness it receives), so the room's traffic grows with people².
 */
const CURSOR_MS = 80;
const useShareCursor = (session: RoomSession) => {
  const flow = useReactFlow();
  const api = useStoreApi();
  useEffect(() => {
    const pane = api.getState().domNode;
    if (!pane) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: PointerEvent | undefined;
    const send = () => {
      timer = undefined;
      if (last) {
        const { x, y } = flow.screenToFlowPosition({ x: last.clientX, y: last.clientY });
        session.share("cursor", { x: Math.round(x), y: Math.round(y) });
      }
    };
    const onMove = (e: PointerEvent) => {
      last = e;
      timer ??= setTimeout(send, CURSOR_MS);
    };
    const onLeave = () => {
      last = undefined;
      session.share("cursor", null);
    };
    pane.addEventListener("pointermove", onMove);
    pane.addEventListener("pointerleave", onLeave);
    return () => {
      clearTimeout(timer);
      pane.removeEventListener("pointermove", onMove);
      pane.removeEventListener("pointerleave", onLeave);
    };
  }, [api, flow, session]);
};

/** The others in the room on my canvas: their pointers with names, and outlines around what they selected. */
export const Presence = ({ session }: { session: RoomSession }) => {
  useShareCursor(session);
  const people = useRoomStatus(session, (s) => s.people);
  const doc = useEditor((s) => s.history.present);
  const { zoom } = useViewport();
  const boxes = useMemo(() => new Map(doc.nodes.map((n) => [n.id as string, { at: n.position, size: nodeSize(n) }])), [doc]);
  return (
    <ViewportPortal>
      {people.flatMap((p) =>
        p.selection.flatMap((id) => {
          const box = boxes.get(id);
          if (!box?.at) return [];
          return [
            <div
              key={`${p.clientId}:${id}`}
              className="remote-selection"
              data-person={p.name}
              style={{
                transform: `translate(${box.at.x - 4}px, ${box.at.y - 4}px)`,
                width: box.size.width + 8,
                height: box.size.height + 8,
                borderColor: p.color,
              }}
            >
              <span className="remote-tag" style={{ background: p.color, transform: `scale(${1 / zoom})` }}>
                {p.name}
              </span>
            </div>,
          ];
        }),
      )}
      {people.map((p) =>
        p.cursor ? (
          <div
            key={p.clientId}
            className="remote-cursor"
            data-person={p.name}
            style={{ transform: `translate(${p.cursor.x}px, ${p.cursor.y}px) scale(${1 / zoom})`, color: p.color }}
          >
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <path d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z" fill="currentColor" stroke="white" strokeWidth="1.2" />
            </svg>
            <span className="remote-tag" style={{ background: p.color }}>
              {p.name}
            </span>
          </div>
        ) : null,
      )}
    </ViewportPortal>
  );
};
