import { escapeControls } from "@mlsd/core";

/** Control and bidi-override characters could rewrite the terminal; labels, reasons and file names are user text: shown escaped. */
export const clean = (text: string): string => escapeControls(text);

/** A value for one line of output: JSON (strings quoted), cleaned, cut to `max` characters. */
export const shown = (value: unknown, max = 60): string => {
  if (value === undefined) return "(unset)";
  const text = clean(JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
