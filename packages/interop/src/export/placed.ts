import { type Document, isPlaced } from "@mlsd/core";
import { type Scene, sceneFromDocument } from "@mlsd/scene";

// The one place @mlsd/interop reads drawing geometry (stage frames, routes).

/** The design as drawn from its stored positions, or null when a node has none. */
export const placedScene = (doc: Document): Scene | null => (isPlaced(doc) ? sceneFromDocument(doc) : null);
