import type { HttpRequest, InvocationContext } from "@azure/functions";
import type { Principal, Role } from "../auth/principal";
import type { Services } from "../services";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestContext = {
  req: HttpRequest;
  params: Record<string, string>;
  principal: Principal;
  services: Services;
  log: InvocationContext;
};

/**
 * A handler's answer: `body` is serialised as JSON, or `raw` is sent as it is — JSON already
 * serialised, or its gzip (with the Content-Encoding header set by the handler).
 */
export type Reply = { status: number; body?: unknown; raw?: string | Uint8Array; headers?: Record<string, string> };

/**
 * One endpoint. `access` is who may call it: nobody needs a token for "public"; "signed-in" needs a
 * verified token; a role list needs a verified token carrying one of those roles.
 */
export type Route = {
  name: string;
  method: HttpMethod;
  /** Functions route template, below /api (e.g. "initiatives/{id}"). */
  path: string;
  access: "public" | "signed-in" | readonly Role[];
  handler: (ctx: RequestContext) => Promise<Reply>;
};

export const json = (status: number, body: unknown, etag?: string): Reply => ({
  status,
  body,
  headers: etag ? { ETag: etag } : {},
});
