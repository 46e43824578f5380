/**
 * The state every edit form keeps: the draft, the snapshot it was loaded from (so it knows when it is
 * dirty), the errors of the last save at their fields, and a stale-record CONFLICT that can be reloaded
 * without losing what was typed.
 */
import { useState } from 'react';
import { mergeDraft, sameValue } from '../../../shared/draft-merge';
import { ApiCallError, errorMessage, fieldErrors } from '../api';
import { confirmDiscard } from './confirm';
import { useDirty } from './guard';

/** The record was saved elsewhere since this form loaded it (its `version` is old). */
export const isStaleConflict = (err: unknown) =>
  err instanceof ApiCallError && err.code === 'CONFLICT' && (err.field === 'version' || (err.errors ?? []).some((e) => e.field === 'version'));

const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null;

export interface FormOptions<T> {
  /** Closes the form without asking (after a save, or once the user chose to discard). */
  onClose?: () => void;
  /** Reads the record again, as a draft; offered as "Reload" when a save meets a CONFLICT. */
  reload?: (draft: T) => Promise<T>;
}

export interface Form<T> {
  draft: T;
  /** The record as loaded (or last saved): what `dirty` compares with. */
  snapshot: T;
  dirty: boolean;
  saving: boolean;
  errors: Record<string, string>;
  /** A problem that belongs to no field (a refused delete, the server not answering). */
  problem: string;
  /**
   * A save refused because the stored record moved on: null when none; '' for a stale version (the form
   * says so in its own words); otherwise the server's reason (a pair ended elsewhere, …).
   */
  conflict: string | null;
  set: (patch: Partial<T>) => void;
  update: (fn: (d: T) => T) => void;
  /** Starts over from a record: the new snapshot and the new draft. */
  load: (value: T) => void;
  /** The record moved on (saved here by a related change, or read again): the user's edits are kept on top of it. */
  rebase: (fresh: T) => void;
  /** Error props for the input of a field: `<TextInput {...form.at('name')} />`. */
  at: (field: string) => { error: string | undefined; 'data-field': string };
  /** Runs a save; on success the saved value (or the draft sent) becomes the new snapshot. */
  submit: (save: (draft: T) => Promise<T | void>) => Promise<boolean>;
  /** Fetches the record again and re-applies the user's edits on top (after a CONFLICT). */
  reload?: () => Promise<void>;
  /** Close, asking "Discard your changes?" first when there are any. */
  requestClose: () => Promise<void>;
  /** Shows the errors of a call made outside `submit`. */
  fail: (err: unknown) => void;
}

export function useForm<T>(initial: T, options: FormOptions<T> = {}): Form<T> {
  const [snapshot, setSnapshot] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = !sameValue(draft, snapshot);
  useDirty(dirty);

  const load = (value: T) => {
    setSnapshot(value);
    setDraft(value);
  };
  const rebase = (fresh: T) => {
    setDraft(isRecord(snapshot) && isRecord(draft) && isRecord(fresh) ? mergeDraft(snapshot, draft, fresh) : fresh);
    setSnapshot(fresh);
  };
  const { onClose, reload } = options;
  const fail = (err: unknown) => {
    // Any refusal about the record as stored, on a form that can read it again, is offered a Reload.
    const recordMoved = reload && err instanceof ApiCallError && err.code === 'CONFLICT' && !err.field && !err.errors?.length;
    if (isStaleConflict(err) || recordMoved) {
      setConflict(isStaleConflict(err) ? '' : errorMessage(err));
      setErrors({});
      setProblem('');
      return;
    }
    const fe = fieldErrors(err);
    setErrors(fe);
    setProblem(Object.keys(fe).length > 0 ? '' : errorMessage(err));
  };

  return {
    draft,
    snapshot,
    dirty,
    saving,
    errors,
    problem,
    conflict,
    set: (patch) => {
      setDraft((d) => ({ ...d, ...patch }));
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
    },
    update: (fn) => setDraft(fn),
    load,
    rebase,
    at: (field) => ({ error: errors[field], 'data-field': field }),
    submit: async (save) => {
      setSaving(true);
      setProblem('');
      try {
        const saved = await save(draft);
        setErrors({});
        setConflict(null);
        if (saved) load(saved);
        else setSnapshot(draft);
        return true;
      } catch (err) {
        fail(err);
        return false;
      } finally {
        setSaving(false);
      }
    },
    reload: reload
      ? async () => {
          try {
            rebase(await reload(draft));
            setConflict(null);
          } catch (err) {
            setProblem(errorMessage(err));
          }
        }
      : undefined,
    requestClose: async () => {
      if (!dirty || (await confirmDiscard())) onClose?.();
    },
    fail,
  };
}
