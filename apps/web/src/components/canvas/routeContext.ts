import type { SceneEdge } from "@mlsd/scene";
import { createContext, useContext } from "react";
import type { Routes } from "../../lib/routes.js";
import { createStore, type Store, useStore } from "../../state/store.js";

/**
 * Edge routes live beside React Flow's edge list, not inside it: while a node is dragged
 * only the routes of its edges change, so React Flow's edges stay the same objects (no
 * rebuild of its connection index per frame) and only the moving edges re-render.
 */
export type RouteStore = Store<{ routes: Routes }>;
export const createRouteStore = (): RouteStore => createStore<{ routes: Routes }>({ routes: new Map() });
export const RouteContext = createContext<RouteStore | null>(null);

export const useRoute = (id: string): SceneEdge | undefined => {
  const store = useContext(RouteContext);
  if (!store) throw new Error("useRoute outside <RouteContext>");
  return useStore(store, (s) => s.routes.get(id));
};
