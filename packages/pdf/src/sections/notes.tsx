import type { DesignNote, Document } from "@mlsd/core";
import { Text, View } from "@react-pdf/renderer";
import { TEXT_WIDTH } from "../geometry.js";
import { ink, stageColor } from "../palette.js";
import { s } from "../styles.js";
import type { Printer } from "../text.js";
import { Paragraphs } from "./paragraphs.js";

/**
 * The notes worth printing: starter documents carry the stage questions as notes
 * (`questions-<stage>`), which the checklist already prints with room to write.
 */
export const printableNotes = (document: Document): DesignNote[] =>
  document.notes.filter((n) => !/^questions-(setup|data|modeling|serving)$/.test(n.id));

export const DesignNotes = ({ document, print, bookmark }: { document: Document; print: Printer; bookmark?: object }) => {
  const notes = printableNotes(document);
  if (notes.length === 0) return null;
  const labels = new Map(document.nodes.map((n) => [n.id as string, n.label]));
  return (
    <View>
      <Text style={s.h2} {...(bookmark ? { bookmark: bookmark as { title: string } } : {})} minPresenceAhead={50}>
        Design notes
      </Text>
      {notes.map((note) => {
        const about = (note.nodes ?? []).map((id) => labels.get(id)).filter(Boolean);
        return (
          <View
            key={note.id}
            style={{ marginBottom: 7, paddingLeft: 7, borderLeftWidth: 2, borderLeftColor: note.stage ? stageColor(note.stage) : ink.rule }}
          >
            {note.title ? (
              <Text style={s.bold} minPresenceAhead={20}>
                {print.fit(note.title, TEXT_WIDTH - 9, 9.5, true)}
              </Text>
            ) : null}
            <Paragraphs text={note.text} print={print} fit={{ width: TEXT_WIDTH - 9, size: 9.5 }} />
            {about.length > 0 ? <Text style={[s.small, s.muted]}>About: {print(about.join(", "))}</Text> : null}
          </View>
        );
      })}
    </View>
  );
};
