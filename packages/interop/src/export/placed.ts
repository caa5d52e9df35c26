import { type Document, type Scene, sceneFromDocument } from "@mlsd/core";

// The one place @mlsd/interop reads drawing geometry (stage frames, routes). It comes from
// core today; when Scene moves to @mlsd/scene, only this import changes.

/** The design as drawn from its stored positions, or null when a node has none. */
export const placedScene = (doc: Document): Scene | null => sceneFromDocument(doc);
