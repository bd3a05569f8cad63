import { z } from "./zod";

/** Identifiers chosen by the API (UUIDs) or by Entra (object ids). Never free text. */
export const id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' or '-' only"),
  );
/** An Entra object id (or a demo persona id in local mode). */
export const personId = id;
/**
 * One string object per month. A parsed month is replaced by the first equal string seen, so the
 * tens of thousands of observations and money lines of a portfolio share a few hundred month
 * strings: the board computation, which reads the month of every one of them, then finds those
 * strings in the CPU's cache instead of fetching each from memory. At most `sharedMonthsLimit`
 * months are kept (centuries of months), so no input can grow the table without bound.
 */
const sharedMonths = new Map<string, string>();
const sharedMonthsLimit = 4096;
export function sharedMonth(value: string): string {
  const known = sharedMonths.get(value);
  if (known !== undefined) return known;
  if (value.length === 7 && sharedMonths.size < sharedMonthsLimit) sharedMonths.set(value, value);
  return value;
}

/** A calendar month, YYYY-MM. */
export const period = z
  .string()
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month as YYYY-MM"), z.overwrite(sharedMonth));
/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();
export const timestamp = z.iso.datetime();
export const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
export const title = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
export const rating = z.number().check(z.int(), z.gte(1), z.lte(5));
export const money = z.number().check(z.gte(0), z.lte(1e13));

export const valueCategories = ["cost-reduction", "revenue-growth", "process-optimisation", "risk-mitigation"] as const;
export const valueCategory = z.enum(valueCategories);
export type ValueCategory = z.infer<typeof valueCategory>;

/** Fields every stored entity carries; set by the API, never accepted from a client. */
export const systemFields = {
  id,
  tenantId: id,
  createdAt: timestamp,
  createdBy: personId,
  updatedAt: timestamp,
  updatedBy: personId,
};
export type SystemFields = {
  id: string;
  tenantId: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** A stored entity as read, with its ETag for optimistic concurrency. */
export type WithEtag<T> = T & { etag: string };

export const confidenceLevels = ["estimated", "measured", "finance-validated"] as const;
export const confidence = z.enum(confidenceLevels);
export type Confidence = z.infer<typeof confidence>;

type Unwrapped<T> = T extends z.ZodMiniDefault<infer Inner> ? Inner : T;
export type PatchShape<S extends Record<string, z.ZodMiniType>> = {
  [K in keyof S]: z.ZodMiniOptional<Unwrapped<S[K]>>;
};

/**
 * The shape of a partial update: every field optional and without its default, so an absent
 * field means "leave as is" rather than "reset to the default".
 */
export function patchShape<S extends Record<string, z.ZodMiniType>>(fields: S): PatchShape<S> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, z.optional(v instanceof z.ZodMiniDefault ? v.def.innerType : v)]),
  ) as PatchShape<S>;
}

export const nonEmptyPatch = { message: "nothing to update" };
