import { useState } from "react";
import { ApiError } from "../api/client";

/** One field a form edits: how it reads in the entity, and in the form's values. */
export interface ConflictField<E, V> {
  key: keyof V & string;
  label: string;
  /** The field as stored (entity undefined: it does not exist yet). */
  stored: (entity: E | undefined) => string;
  /** The field as the user entered it. */
  entered: (values: V) => string;
}

export interface FieldChange {
  key: string;
  label: string;
  /** When the user opened the form. */
  before: string;
  /** As stored now, after someone else's change. */
  now: string;
  /** What the user entered. */
  mine: string;
}

export interface Conflict<E, V> {
  values: V;
  latest: E | undefined;
  changes: FieldChange[];
}

/**
 * The fields someone else changed since `original` was read, or the user edited: each with what
 * the user read, what is stored now and what the user entered.
 */
export function changedFields<E, V>(
  fields: readonly ConflictField<E, V>[],
  original: E | undefined,
  latest: E | undefined,
  values: V,
): FieldChange[] {
  return fields
    .map((f) => ({ key: f.key, label: f.label, before: f.stored(original), now: f.stored(latest), mine: f.entered(values) }))
    .filter((c) => c.before !== c.now || c.mine !== c.before);
}

const isConflict = (error: unknown) => error instanceof ApiError && (error.status === 412 || error.status === 428);

/**
 * The user's change applied on top of `latest`: the fields the user edited keep their values, the
 * others take what is stored now.
 */
export function mergeOnTop<E, V>(
  fields: readonly ConflictField<E, V>[],
  valuesOf: (entity: E | undefined) => V,
  original: E | undefined,
  latest: E | undefined,
  mine: V,
): V {
  const theirs = valuesOf(latest);
  const merged = { ...mine };
  for (const f of fields) if (f.entered(mine) === f.stored(original)) merged[f.key] = theirs[f.key];
  return merged;
}

/**
 * Saves with If-Match (the ETag the entity was read with; none to create). When the API says the
 * entity changed meanwhile (412) or exists already (428), it reads the entity again and keeps the
 * conflict: what changed, field by field. `applyOnTop` re-sends the user's values with the new
 * ETag, the fields the user did not edit taken from the entity as stored now; nothing is
 * overwritten without the user choosing so. Other errors are thrown.
 */
export function useConflictSave<E extends { etag: string }, V, R>({
  original,
  fields,
  valuesOf,
  fetchCurrent,
  send,
}: {
  original: E | undefined;
  fields: readonly ConflictField<E, V>[];
  /** The form's values as read from an entity. */
  valuesOf: (entity: E | undefined) => V;
  fetchCurrent: () => Promise<E | undefined>;
  send: (values: V, etag: string | undefined) => Promise<R>;
}) {
  const [conflict, setConflict] = useState<Conflict<E, V>>();

  async function saveOver(values: V, base: E | undefined): Promise<R | undefined> {
    try {
      const saved = await send(values, base?.etag);
      setConflict(undefined);
      return saved;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const latest = await fetchCurrent();
      setConflict({ values, latest, changes: changedFields(fields, original, latest, values) });
      return undefined;
    }
  }

  return {
    conflict,
    /** Saves the values over the entity as first read. */
    save: (values: V) => saveOver(values, original),
    /** Saves the values of the conflict over the entity as stored now. */
    applyOnTop: () =>
      conflict
        ? saveOver(mergeOnTop(fields, valuesOf, original, conflict.latest, conflict.values), conflict.latest)
        : Promise.resolve(undefined),
  };
}
