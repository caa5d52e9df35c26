import { viewIdOf } from "@mlsd/collab";
import { useState } from "react";
import { Dialog } from "../components/common/Dialog.js";
import { roomHash, viewHash } from "../lib/route.js";
import { initials, setMyName } from "./identity.js";
import type { RoomSession } from "./session.js";
import { useRoomStatus } from "./useRoomStatus.js";

const linkOf = (hash: string) => `${window.location.href.split("#")[0]}${hash}`;

const CopyField = ({ label, value }: { label: string; value: string }) => {
  const [copied, setCopied] = useState("");
  return (
    <div className="field">
      <label>
        <span>{label}</span>
        <input readOnly value={value} onFocus={(e) => e.target.select()} aria-label={label} />
      </label>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard.writeText(value).then(
            () => setCopied("Copied."),
            () => setCopied("Select and copy it by hand."),
          )
        }
      >
        Copy {label.toLowerCase()}
      </button>
      <span role="status">{copied}</span>
    </div>
  );
};

const RoomDialog = ({ session, onClose }: { session: RoomSession; onClose: () => void }) => {
  const me = useRoomStatus(session, (s) => s.me);
  const [name, setName] = useState(me.name);
  return (
    <Dialog title="Room" onClose={onClose} wide>
      <p>Everyone with the edit link can change this design with you; the view link shows it live but cannot change it.</p>
      {session.key ? <CopyField label="Edit link" value={linkOf(roomHash(session.key))} /> : null}
      <CopyField label="View link" value={linkOf(viewHash(session.key ? viewIdOf(session.key) : session.viewId))} />
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setMyName(name);
          const next = { ...me, name: name.trim().slice(0, 40) };
          session.status.set({ me: next });
          session.share("user", next);
        }}
      >
        <label>
          <span>Your name in this room</span>
          <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Save name</button>
      </form>
    </Dialog>
  );
};

const CONNECTION_TEXT = {
  online: "Live",
  connecting: "Connecting…",
  offline: "Offline: your changes are kept in this browser and sent when the connection returns",
} as const;

/** The toolbar's room corner: connection, read-only, who is here, and the room's links. */
export const RoomStatusBar = ({ session }: { session: RoomSession }) => {
  const connection = useRoomStatus(session, (s) => s.connection);
  const readOnly = useRoomStatus(session, (s) => s.readOnly);
  const people = useRoomStatus(session, (s) => s.people);
  const me = useRoomStatus(session, (s) => s.me);
  const [open, setOpen] = useState(false);
  const here = people.length + 1;
  return (
    <div className="room-status">
      {readOnly ? (
        <span className="room-badge room-read-only" title="This link can look but not change the design">
          Read-only
        </span>
      ) : null}
      <span className={`room-connection room-${connection}`} role="status" aria-live="polite">
        {connection === "online" ? `Live · ${here} ${here === 1 ? "person" : "people"} here` : CONNECTION_TEXT[connection]}
      </span>
      <ul className="room-people" aria-label="People in this room">
        {[{ clientId: -1, name: `${me.name} (you)`, color: me.color }, ...people].map((p) => (
          <li key={p.clientId} className="room-person" style={{ background: p.color }} title={p.name} aria-label={p.name}>
            {initials(p.name)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(true)} title="The room's edit and view links, and your name">
        Room links
      </button>
      {open ? <RoomDialog session={session} onClose={() => setOpen(false)} /> : null}
    </div>
  );
};
