/** Who I am in rooms: a name others see beside my cursor, and a colour. Remembered in this browser. */
const KEY = "mlsd:name";
const ADJECTIVES = ["Amber", "Brisk", "Calm", "Deft", "Eager", "Fleet", "Gentle", "Keen", "Lucid", "Nimble", "Quiet", "Sunny"];
const ANIMALS = ["Heron", "Otter", "Lynx", "Finch", "Badger", "Marten", "Ibis", "Puffin", "Gecko", "Hare", "Wren", "Seal"];
/** Colours that read on the light and the dark theme. */
export const PEOPLE_COLORS = ["#d9480f", "#1c7ed6", "#2b8a3e", "#ae3ec9", "#e8590c", "#0c8599", "#c2255c", "#5f3dc4"];

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

export const myName = (): string => {
  const saved = localStorage.getItem(KEY)?.trim();
  if (saved) return saved.slice(0, 40);
  const name = `${pick(ADJECTIVES)} ${pick(ANIMALS)}`;
  localStorage.setItem(KEY, name);
  return name;
};

export const setMyName = (name: string) => localStorage.setItem(KEY, name.trim().slice(0, 40));

export const colorFor = (clientId: number) => PEOPLE_COLORS[clientId % PEOPLE_COLORS.length]!;

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("") || "?";
