import type { HttpRequest, HttpResponseInit, InvocationContext } from "@azure/functions";
import { randomUUID } from "node:crypto";
import type { Principal } from "../auth/principal";
import { forbidden } from "../errors";
import type { Services } from "../services";
import { isUnexpected, toProblem } from "./problem";
import type { Route } from "./route";

const anonymous: Principal = { id: "anonymous", name: "", tenantId: "", roles: [] };

const securityHeaders = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

async function authorise(route: Route, req: HttpRequest, services: Services): Promise<Principal> {
  if (route.access === "public") return anonymous;
  const principal = await services.verifyToken(req.headers.get("authorization"));
  if (route.access === "signed-in") return principal;
  if (!route.access.some((r) => principal.roles.includes(r))) {
    const wanted = route.access.join(" or ");
    throw forbidden(
      principal.roles.length === 0
        ? `you have no role in AI Strategy Board; ask your tenant admin to assign you ${wanted} (Enterprise applications → AI Strategy Board → Users and groups)`
        : `this needs the role ${wanted}; you have ${principal.roles.join(", ")}`,
    );
  }
  return principal;
}

/**
 * Wraps a route's handler for the Functions host (and the local host, which uses the same types):
 * correlation id, token and role check, the handler, and one error mapper. Thin on purpose.
 */
export function toFunctionsHandler(route: Route, services: () => Promise<Services>) {
  return async (req: HttpRequest, log: InvocationContext): Promise<HttpResponseInit> => {
    const correlationId = req.headers.get("x-correlation-id")?.slice(0, 64) || log.invocationId || randomUUID();
    const instance = new URL(req.url).pathname;
    try {
      const svc = await services();
      const principal = await authorise(route, req, svc);
      const reply = await route.handler({ req, params: req.params, principal, services: svc, log });
      const body = reply.raw ?? (reply.body === undefined ? undefined : JSON.stringify(reply.body));
      return {
        status: reply.status,
        headers: {
          ...securityHeaders,
          "x-correlation-id": correlationId,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...reply.headers,
        },
        ...(body === undefined ? {} : { body }),
      };
    } catch (error) {
      if (isUnexpected(error)) log.error(`[${correlationId}] ${route.name} failed`, error);
      else log.warn(`[${correlationId}] ${route.name}: ${(error as Error).message}`);
      const problem = toProblem(error, instance, correlationId);
      return { ...problem, headers: { ...securityHeaders, "x-correlation-id": correlationId, ...problem.headers } };
    }
  };
}
