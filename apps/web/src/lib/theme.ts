import { useEffect, useSyncExternalStore } from "react";

/** The colour scheme follows the system unless the user picks one; the choice is remembered. */
export type ThemeChoice = "system" | "light" | "dark";
const KEY = "mlsd:theme";
const media = () => window.matchMedia("(prefers-color-scheme: dark)");
const listeners = new Set<() => void>();

const readChoice = (): ThemeChoice => {
  const v = localStorage.getItem(KEY);
  return v === "light" || v === "dark" ? v : "system";
};

export const setThemeChoice = (choice: ThemeChoice) => {
  if (choice === "system") localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  for (const l of listeners) l();
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  const m = media();
  m.addEventListener("change", l);
  return () => {
    listeners.delete(l);
    m.removeEventListener("change", l);
  };
};

const snapshot = () => `${readChoice()}|${media().matches ? "dark" : "light"}`;

export const useTheme = () => {
  const [choice, system] = useSyncExternalStore(subscribe, snapshot).split("|") as [ThemeChoice, "light" | "dark"];
  const theme: "light" | "dark" = choice === "system" ? system : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return { choice, theme };
};

/** Toggling flips the visible theme; picking the system's own theme goes back to following it. */
export const toggleTheme = (current: "light" | "dark") => {
  const next = current === "dark" ? "light" : "dark";
  setThemeChoice(next === (media().matches ? "dark" : "light") ? "system" : next);
};
