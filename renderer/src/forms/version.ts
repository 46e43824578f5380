/**
 * A record's `version` when the API sends one: carried through a form's draft and back in the update, so
 * a save over a record changed elsewhere is refused (CONFLICT) instead of overwriting it.
 */
export const versionOf = (r: object): { version?: number } => {
  const v = (r as { version?: unknown }).version;
  return typeof v === 'number' ? { version: v } : {};
};
