import type { HttpRequest } from "@azure/functions";
import type { z } from "zod";
import { badRequest, parseOrThrow, payloadTooLarge, preconditionRequired, unsupportedMediaType } from "../errors";

export const maxBodyBytes = 256 * 1024;

/** Reads, size-limits and validates a JSON body. Nothing is written before this succeeds. */
export async function readJson<S extends z.core.$ZodType>(req: HttpRequest, schema: S, what = "the body"): Promise<z.output<S>> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json" && type !== "application/merge-patch+json") throw unsupportedMediaType();
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBodyBytes) throw payloadTooLarge(maxBodyBytes);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes) throw payloadTooLarge(maxBodyBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badRequest("the body is not valid JSON", [{ path: "(body)", message: "malformed JSON" }]);
  }
  return parseOrThrow(schema, value, what);
}

/** The query string as an object of arrays (a key may repeat), validated by the route's schema. */
export function readQuery<S extends z.core.$ZodType>(req: HttpRequest, schema: S): z.output<S> {
  // No prototype: a key such as "constructor" or "__proto__" must not find Object.prototype's members.
  const raw = Object.create(null) as Record<string, string[]>;
  for (const [key, value] of req.query.entries()) (raw[key] ??= []).push(value);
  return parseOrThrow(schema, raw, "the query");
}

/** The If-Match of an update or delete; its absence is a 428, never a blind overwrite. */
export function requireIfMatch(req: HttpRequest): string {
  const value = req.headers.get("if-match");
  if (!value || value.trim() === "") throw preconditionRequired();
  return value.trim();
}
