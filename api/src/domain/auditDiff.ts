import type { AuditEvent } from "./schemas";

/** One changed field of an audited write; a field that did not exist on one side is null there. */
export type AuditChange = { path: string; before: unknown; after: unknown };

/** Fields every write sets: the event itself says who and when, so they are not listed as changes. */
const systemFields: ReadonlySet<string> = new Set(["id", "tenantId", "createdAt", "createdBy", "updatedAt", "updatedBy", "etag"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || typeof v !== "object";

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => equal(x, b[k]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!equal(a[k] ?? null, b[k] ?? null)) return false;
    return true;
  }
  return false;
}

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/**
 * The key that names the elements of a list of objects, when every element on both sides has
 * one and it is unique per side: `id`, else `period` (observations, cost lines of a month).
 */
function elementKey(a: readonly unknown[], b: readonly unknown[]): "id" | "period" | undefined {
  for (const key of ["id", "period"] as const) {
    const fits = (list: readonly unknown[]) => {
      const seen = new Set<string>();
      for (const e of list) {
        if (!isObject(e) || typeof e[key] !== "string" || seen.has(e[key] as string)) return false;
        seen.add(e[key] as string);
      }
      return true;
    };
    if (fits(a) && fits(b)) return key;
  }
  return undefined;
}

function diff(before: unknown, after: unknown, path: string, out: AuditChange[]): void {
  if (equal(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (path === "" && systemFields.has(key)) continue;
      diff(before[key] ?? null, after[key] ?? null, join(path, key), out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && !(before.every(isScalar) && after.every(isScalar))) {
    const key = elementKey(before, after);
    if (key !== undefined) {
      const byKey = (list: readonly unknown[]) => new Map(list.map((e) => [(e as Json)[key] as string, e]));
      const was = byKey(before);
      const now = byKey(after);
      for (const k of new Set([...was.keys(), ...now.keys()])) diff(was.get(k) ?? null, now.get(k) ?? null, join(path, k), out);
      return;
    }
    for (let k = 0; k < Math.max(before.length, after.length); k++) diff(before[k] ?? null, after[k] ?? null, join(path, String(k)), out);
    return;
  }
  // Scalars, lists of scalars (tags, priority ids), and anything added or removed as a whole.
  out.push({ path: path === "" ? "(entity)" : path, before, after });
}

/**
 * The field-level changes of an audit event, for the Activity view: each changed leaf with its
 * value before and after, by dotted path (list elements by their `id` or `period` when they
 * have one, else by position; lists of plain values as a whole). A created or deleted entity
 * lists its fields against null. System fields (id, tenant, created/updated stamps) are left
 * out: the event already says who and when.
 */
export function auditChanges(event: Pick<AuditEvent, "before" | "after">): AuditChange[] {
  const before = event.before ?? null;
  const after = event.after ?? null;
  const out: AuditChange[] = [];
  // At the top a missing side is an empty entity, so a create or delete lists its fields.
  diff(before === null && isObject(after) ? {} : before, after === null && isObject(before) ? {} : after, "", out);
  return out;
}
