/**
 * A record's `version`, carried through a form's draft and sent back with its update, so a save over a
 * record changed elsewhere is refused (CONFLICT) instead of overwriting it. Every record the forms edit
 * carries one; a draft not loaded from a record (a new one) has none to send.
 */
export const withVersion = (r: object): { version: number } => {
  const v = (r as { version?: unknown }).version;
  return (typeof v === 'number' ? { version: v } : {}) as { version: number };
};
