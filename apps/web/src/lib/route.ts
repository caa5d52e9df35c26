import { useEffect, useState } from "react";

/** Share links carry the design after this prefix (see share.ts, loaded only when a link is made or opened). */
export const SHARE_PREFIX = "#share=";

/** Pages live in the URL hash, so a reload returns to the same page and `vite preview` needs no rewrites. */
export type Route =
  | { page: "gallery" }
  | { page: "edit"; key: string }
  | { page: "open"; catalogId: string }
  | { page: "new" }
  | { page: "share"; payload: string }
  /** Starts (or resumes) an exercise: redirects to the learner's copy. */
  | { page: "exercise"; exerciseId: string }
  /** Two designs as one drawing; each side a source reference (see lib/compareSources.ts), the second chosen on the page when absent. */
  | { page: "compare"; before: string; after?: string }
  /** A live room, by its edit key (`#/room/<key>`) or its view id (`#/view/<id>`, read-only). */
  | { page: "room"; link: "edit" | "view"; id: string }
  | { page: "missing"; hash: string };

export const parseRoute = (hash: string): Route => {
  if (hash.startsWith(SHARE_PREFIX)) return { page: "share", payload: hash.slice(SHARE_PREFIX.length) };
  const path = hash.replace(/^#/, "");
  if (path === "" || path === "/") return { page: "gallery" };
  if (path === "/new") return { page: "new" };
  const edit = /^\/edit\/([\w.:-]+)$/.exec(path);
  if (edit?.[1]) return { page: "edit", key: edit[1] };
  const room = /^\/(room|view)\/([A-Za-z0-9_-]{22})$/.exec(path);
  if (room?.[2]) return { page: "room", link: room[1] === "room" ? "edit" : "view", id: room[2] };
  const exercise = /^\/exercise\/([\w.-]+)$/.exec(path);
  if (exercise?.[1]) return { page: "exercise", exerciseId: exercise[1] };
  const compare = /^\/compare\/([\w.:-]+)(?:\/([\w.:-]+))?$/.exec(path);
  if (compare?.[1]) return { page: "compare", before: compare[1], ...(compare[2] ? { after: compare[2] } : {}) };
  const open = /^\/open\/([\w.:-]+)$/.exec(path);
  if (open?.[1]) return { page: "open", catalogId: open[1] };
  return { page: "missing", hash };
};

export const go = (hash: string, replace = false) => {
  if (replace) {
    history.replaceState(null, "", hash.startsWith("#") ? hash : `#${hash}`);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else window.location.hash = hash;
};

export const editHash = (key: string) => `#/edit/${key}`;
export const compareHash = (before: string, after?: string) => `#/compare/${before}${after ? `/${after}` : ""}`;
export const roomHash = (key: string) => `#/room/${key}`;
export const viewHash = (viewId: string) => `#/view/${viewId}`;

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    // A child's effect (a redirect) runs before this one and may already have changed the hash.
    onChange();
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
};
