import { useSyncExternalStore } from "react";

/** A minimal external store: immutable state, a setter and a selector hook. */
export interface Store<S> {
  get: () => S;
  set: (update: Partial<S> | ((s: S) => Partial<S>)) => void;
  subscribe: (listener: () => void) => () => void;
}

export const createStore = <S extends object>(initial: S): Store<S> => {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (update) => {
      const patch = typeof update === "function" ? update(state) : update;
      const next = { ...state, ...patch };
      if (Object.keys(patch).every((k) => Object.is(state[k as keyof S], next[k as keyof S]))) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export const useStore = <S, T>(store: Store<S>, selector: (s: S) => T): T =>
  useSyncExternalStore(store.subscribe, () => selector(store.get()));
