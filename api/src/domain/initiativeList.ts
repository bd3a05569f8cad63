import { z } from "zod";
import { boardFilters } from "./boardFilters";
import { health as healthSchema } from "./schemas/initiative";
import type { RiskBand } from "./risk";

/** One row of the portfolio list: the initiative's identity and the values derived for it. */
export type InitiativeListItem = {
  id: string;
  title: string;
  department: string;
  stage: string;
  health: string;
  valueCategory: string;
  outcomeOwnerId: string;
  riskOwnerId: string;
  priorityIds: string[];
  updatedAt: string;
  etag: string;
  derived: {
    roi: number | null;
    valueRealisation: number | null;
    priorityScore: number;
    openRisks: number;
    highestOpenBand: RiskBand | null;
  };
};

export const sortFields = [
  "title",
  "department",
  "stage",
  "health",
  "updatedAt",
  "roi",
  "valueRealisation",
  "priorityScore",
  "openRisks",
] as const;
export type SortField = (typeof sortFields)[number];

const single = <T extends z.core.$ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[v.length - 1] : v), schema);

export const listQuery = z.object({
  ...boardFilters.shape,
  health: z
    .preprocess(
      (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).filter(Boolean)),
      z.array(healthSchema),
    )
    .default([]),
  sort: single(z.enum(sortFields)).default("priorityScore"),
  order: single(z.enum(["asc", "desc"])).optional(),
  pageSize: single(z.coerce.number().int().min(1).max(200)).default(50),
  continuationToken: single(z.string().max(2000)).optional(),
});
export type ListQuery = z.output<typeof listQuery>;

/** Numbers sort high-first by default (the best first), text A–Z; nulls always last. */
export const defaultOrder = (field: SortField): "asc" | "desc" =>
  ["roi", "valueRealisation", "priorityScore", "openRisks", "updatedAt"].includes(field) ? "desc" : "asc";

type SortValue = string | number | null;
const sortValue = (item: InitiativeListItem, field: SortField): SortValue =>
  field in item.derived ? (item.derived[field as keyof InitiativeListItem["derived"]] as SortValue) : (item[field as keyof InitiativeListItem] as SortValue);

function compare(a: SortValue, b: SortValue, order: "asc" | "desc"): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en");
  return order === "asc" ? c : -c;
}

const cursor = z.object({ v: z.union([z.string(), z.number(), z.null()]), id: z.string(), s: z.enum(sortFields), o: z.enum(["asc", "desc"]) });
type Cursor = z.infer<typeof cursor>;

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
export function decodeCursor(token: string): Cursor | undefined {
  try {
    const parsed = cursor.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class InvalidCursor extends Error {}

/**
 * Sorts and pages the rows. The continuation token names the last row's sort value and id
 * (keyset paging), so inserts and deletes between pages never repeat or skip a row.
 */
export function pageOf(
  items: readonly InitiativeListItem[],
  query: Pick<ListQuery, "sort" | "order" | "pageSize" | "continuationToken">,
): { items: InitiativeListItem[]; continuationToken: string | null } {
  const order = query.order ?? defaultOrder(query.sort);
  const cmpKeys = (av: SortValue, aId: string, bv: SortValue, bId: string) =>
    compare(av, bv, order) || (aId < bId ? -1 : aId > bId ? 1 : 0);
  const sorted = [...items].sort((a, b) => cmpKeys(sortValue(a, query.sort), a.id, sortValue(b, query.sort), b.id));
  let start = 0;
  if (query.continuationToken) {
    const c = decodeCursor(query.continuationToken);
    if (!c || c.s !== query.sort || c.o !== order) throw new InvalidCursor("the continuation token does not belong to this list");
    start = sorted.findIndex((row) => cmpKeys(sortValue(row, query.sort), row.id, c.v, c.id) > 0);
    if (start < 0) start = sorted.length;
  }
  const page = sorted.slice(start, start + query.pageSize);
  const last = page[page.length - 1];
  const more = last !== undefined && start + page.length < sorted.length;
  return {
    items: page,
    continuationToken: more ? encodeCursor({ v: sortValue(last, query.sort), id: last.id, s: query.sort, o: order }) : null,
  };
}
