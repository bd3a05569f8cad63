import azureFunctions from "@azure/functions";
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LocalIdentityProvider } from "../auth/localIdentity";
import { AppError, payloadTooLarge } from "../errors";
import { compileRoute, matchRoute } from "../http/match";
import { toFunctionsHandler } from "../http/pipeline";
import { toProblem } from "../http/problem";
import { maxBodyBytes } from "../http/request";
import { routes } from "../http/routes";
import type { Services } from "../services";

export type LocalHostOptions = {
  services: () => Promise<Services>;
  /** Serves /local-auth/* when given (AUTH_MODE=local only). */
  identity?: LocalIdentityProvider;
  /** Allowed cross-origin caller (the tab's dev server); same-origin needs nothing. */
  tabOrigin?: string;
  log?: (level: "info" | "warn" | "error", message: string, error?: unknown) => void;
};

// The package is CommonJS: in native ESM only `app` is a named export, so take the classes from the default.
const { HttpRequest, InvocationContext } = azureFunctions;

const table = routes.map((route) => ({ route, match: compileRoute(route.path) }));

/** Reads a body up to the limit; beyond it the request is refused before it is all in memory. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > maxBodyBytes) return reject(payloadTooLarge(maxBodyBytes));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        reject(payloadTooLarge(maxBodyBytes));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * The request target on a fixed origin. "//x" or "*" do not parse as a path: parsing threw before
 * the handler's try, and the request was never answered (an unhandled rejection); they get a 404.
 * The Host header stays out of it: "a b" or "x:99999" made every request a 500.
 */
const targetOf = (raw = "/") =>
  URL.canParse(raw, "http://localhost") ? new URL(raw, "http://localhost") : new URL("http://localhost/");

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: string | Uint8Array) {
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * Serves the route table over node:http with the Functions types (HttpRequest,
 * InvocationContext), because Azure Functions Core Tools cannot be installed here. Handlers and
 * the pipeline are the very ones the Functions host runs.
 */
export function createLocalHost(options: LocalHostOptions) {
  const log = options.log ?? (() => undefined);
  const handlers = new Map(table.map(({ route }) => [route, toFunctionsHandler(route, options.services)]));

  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    options.tabOrigin && req.headers.origin === options.tabOrigin
      ? {
          "Access-Control-Allow-Origin": options.tabOrigin,
          "Access-Control-Allow-Headers": "Authorization, Content-Type, If-Match, x-correlation-id",
          "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
          "Access-Control-Expose-Headers": "ETag, Location, Retry-After, x-correlation-id",
          Vary: "Origin",
        }
      : {};

  async function serveLocalAuth(req: IncomingMessage, res: ServerResponse, pathname: string, identity: LocalIdentityProvider) {
    const jsonHeaders = { "Content-Type": "application/json", "Cache-Control": "no-store", ...corsHeaders(req) };
    if (req.method === "GET" && pathname === "/local-auth/jwks")
      return send(res, 200, jsonHeaders, JSON.stringify(identity.jwksDocument()));
    if (req.method === "GET" && pathname === "/local-auth/personas")
      return send(res, 200, jsonHeaders, JSON.stringify({ personas: identity.personas }));
    if (req.method === "POST" && pathname === "/local-auth/token") {
      let personaId: unknown;
      try {
        personaId = (JSON.parse((await readBody(req)).toString("utf8")) as { personaId?: unknown }).personaId;
      } catch {
        personaId = undefined;
      }
      const token = typeof personaId === "string" ? await identity.tokenFor(personaId) : undefined;
      if (!token) {
        const problem = { type: "about:blank", title: "Unknown persona", status: 400, detail: "send { personaId } of a listed persona" };
        return send(res, 400, { ...jsonHeaders, "Content-Type": "application/problem+json" }, JSON.stringify(problem));
      }
      return send(res, 200, jsonHeaders, JSON.stringify(token));
    }
    return send(res, 404, jsonHeaders, JSON.stringify({ title: "Not found", status: 404 }));
  }

  const server = http.createServer(async (req, res) => {
    const url = targetOf(req.url);
    const started = performance.now();
    try {
      if (req.method === "OPTIONS") return send(res, 204, corsHeaders(req));
      if (options.identity && url.pathname.startsWith("/local-auth/"))
        return await serveLocalAuth(req, res, url.pathname, options.identity);
      const found = matchRoute(table, req.method ?? "GET", url.pathname);
      if (!found) throw new AppError(404, "Not found", `no endpoint at ${url.pathname}`);
      if ("allowed" in found)
        throw new AppError(405, "Method not allowed", `use ${found.allowed.join(", ")}`, [], { Allow: found.allowed.join(", ") });
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await readBody(req);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      const request = new HttpRequest({
        method: req.method ?? "GET",
        url: url.href,
        headers,
        params: found.params,
        query: Object.fromEntries(url.searchParams),
        ...(body ? { body: { bytes: body } } : {}),
      });
      const context = new InvocationContext({
        invocationId: randomUUID(),
        functionName: found.route.name,
        logHandler: (level, ...args) => log(level === "error" ? "error" : level === "warning" ? "warn" : "info", args.map(String).join(" ")),
      });
      const handler = handlers.get(found.route) as ReturnType<typeof toFunctionsHandler>;
      const result = await handler(request, context);
      const outHeaders: Record<string, string> = { ...corsHeaders(req) };
      for (const [k, v] of new Headers(result.headers as Record<string, string>)) outHeaders[k] = v;
      const payload = typeof result.body === "string" || result.body instanceof Uint8Array ? result.body : undefined;
      send(res, result.status ?? 200, outHeaders, payload);
    } catch (error) {
      const problem = toProblem(error, url.pathname, "local");
      if (!res.headersSent) send(res, problem.status ?? 500, { ...(problem.headers as Record<string, string>), ...corsHeaders(req) }, problem.body as string);
    } finally {
      log("info", `${req.method} ${url.pathname} ${res.statusCode} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen: (port: number, host = "127.0.0.1") =>
      new Promise<number>((resolve) => server.listen(port, host, () => resolve((server.address() as AddressInfo).port))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
