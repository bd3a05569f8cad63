import { odata, type TableEntity, type TransactionAction } from "@azure/data-tables";
import { z } from "zod";
import type { EntityType } from "../domain/schemas";
import { decodeDocument, encodeDocument } from "./codec";
import { indexedColumns, indexedFields, kindRange, rowKey } from "./rows";
import type { StorageClients } from "./clients";

export type Stored<T> = T & { etag: string };

type Row = TableEntity<Record<string, unknown>> & { etag?: string };

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "statusCode" in error
    ? (error as { statusCode?: number }).statusCode
    : undefined;
}

export function fromRow<S extends z.core.$ZodType>(row: Record<string, unknown> & { etag?: string }, schema: S): Stored<z.output<S>> {
  const doc = z.parse(schema, decodeDocument(row));
  return Object.assign(doc as object, { etag: String(row.etag) }) as Stored<z.output<S>>;
}

export function toRow(tenantId: string, kind: EntityType, id: string, doc: Record<string, unknown>): Row {
  return {
    partitionKey: tenantId,
    rowKey: rowKey(kind, id),
    ...indexedColumns(kind, doc),
    ...encodeDocument(doc),
  };
}

/**
 * Table Storage refuses '/', '\\', '#', '?' and control characters in a row key (with an error,
 * not 404): no stored entity has them in its id, so an id from a path that carries one names nothing.
 */
const fitsRowKey = (id: string) =>
  ![...id].some((c) => "/\\#?".includes(c) || c < " " || (c >= "\u007f" && c <= "\u009f"));

/** One entity of one tenant, or undefined when there is none. */
export async function getEntity<S extends z.core.$ZodType>(
  clients: StorageClients,
  tenantId: string,
  kind: EntityType,
  id: string,
  schema: S,
): Promise<Stored<z.output<S>> | undefined> {
  if (!fitsRowKey(id)) return undefined;
  await clients.ready();
  try {
    const row = await clients.table.getEntity<Record<string, unknown>>(tenantId, rowKey(kind, id));
    return fromRow(row, schema);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

export type Equals = Partial<Record<string, string>>;

/**
 * Every entity of a kind in the tenant's partition, optionally narrowed by equality on indexed
 * fields. The filter is built only with the SDK's odata helper, so values can never change its shape.
 */
export async function listEntities<S extends z.core.$ZodType>(
  clients: StorageClients,
  tenantId: string,
  kind: EntityType,
  schema: S,
  where: Equals = {},
): Promise<Stored<z.output<S>>[]> {
  await clients.ready();
  const { from, to } = kindRange(kind);
  let filter = odata`PartitionKey eq ${tenantId} and RowKey ge ${from} and RowKey lt ${to}`;
  for (const [field, value] of Object.entries(where)) {
    if (value === undefined) continue;
    // Column names come only from the fixed list above; values only through odata.
    if (!indexedFields[kind].includes(field)) throw new Error(`${kind}.${field} is not an indexed field`);
    filter += ` and ix_${field} ${odata`eq ${value}`}`;
  }
  const out: Stored<z.output<S>>[] = [];
  for await (const row of clients.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
    out.push(fromRow(row, schema));
  }
  return out;
}

export { statusOf, type Row, type TransactionAction };
