/**
 * A value or an error, for operations that fail on bad input without throwing.
 * @public
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/**
 * A successful `Result`.
 * @public
 */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
/**
 * A failed `Result`.
 * @public
 */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
