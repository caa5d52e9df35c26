import { digest } from "lib0/hash/sha256";

/**
 * Room links. A room has two ids of 128 random bits each, written as 22 base64url
 * characters: the edit key (in the edit link, `#/room/<key>`) and the view id, derived
 * from the key with SHA-256 (in the read-only link, `#/view/<id>`). The room is stored and
 * addressed under its view id; an edit client also presents the key, and the server
 * grants edit access only when the key hashes to the room's view id. A view link cannot
 * be turned back into the edit key, and neither can be guessed.
 */
const ID_CHARS = 22;
const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const base64url = (bytes: Uint8Array): string => {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

/**
 * A fresh edit key: 128 bits from the platform's cryptographic random source.
 * @public
 */
export const newRoomKey = (): string => base64url(crypto.getRandomValues(new Uint8Array(16))).slice(0, ID_CHARS);

/**
 * The view id (the room's name on the server) that belongs to an edit key.
 * @public
 */
export const viewIdOf = (key: string): string => base64url(digest(new TextEncoder().encode(`mlsd-room:${key}`))).slice(0, ID_CHARS);

/**
 * Whether a string has the form of an edit key or view id (22 base64url characters).
 * @internal
 */
export const isRoomId = (value: string): boolean => ROOM_ID_PATTERN.test(value);

/**
 * Whether `key` is the edit key of the room `viewId`.
 * @public
 */
export const isEditKeyOf = (key: string, viewId: string): boolean => isRoomId(key) && isRoomId(viewId) && viewIdOf(key) === viewId;
