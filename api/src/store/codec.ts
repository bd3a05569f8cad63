import { gunzipSync, gzipSync } from "node:zlib";
import type { TableEntity } from "@azure/data-tables";

/**
 * How a domain document is laid out in a table entity. The document is JSON in `doc`; a large one
 * is gzipped into binary chunks (`z0`, `z1` …) because a string property holds at most 32 K
 * characters and a binary one 64 KiB. Scalar copies of a few fields sit beside it so that OData
 * filters can select on them.
 */
export type StoredRow = TableEntity<Record<string, unknown>>;

const maxInlineChars = 30_000;
const chunkBytes = 60_000;

export function encodeDocument(doc: unknown): Record<string, string | Uint8Array> {
  const json = JSON.stringify(doc);
  if (json.length <= maxInlineChars) return { doc: json };
  const zipped = gzipSync(json);
  const out: Record<string, Uint8Array> = {};
  for (let i = 0, n = 0; i < zipped.length; i += chunkBytes, n++) out[`z${n}`] = zipped.subarray(i, i + chunkBytes);
  return out;
}

export function decodeDocument(row: Record<string, unknown>): unknown {
  if (typeof row.doc === "string") return JSON.parse(row.doc);
  const parts: Uint8Array[] = [];
  for (let n = 0; row[`z${n}`] instanceof Uint8Array; n++) parts.push(row[`z${n}`] as Uint8Array);
  if (parts.length === 0) throw new Error(`row ${String(row.rowKey)} holds no document`);
  return JSON.parse(gunzipSync(Buffer.concat(parts)).toString("utf8"));
}
