import type { Document } from "@mlsd/core";

/**
 * Designs on their way into a new room ("Collaborate"), by view id: the room page writes
 * one into its room once the server confirms the room is empty. Kept apart from the room
 * code so the toolbar does not load Yjs to start a room.
 */
export const pendingDesigns = new Map<string, Document>();
