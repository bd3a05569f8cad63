import { vi } from "vitest";

/**
 * A `fetch` stand-in answering from a route table with real `Response` objects and recording
 * every request. Routes are "METHOD /path"; the query string is not part of the match.
 */

export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

export type Handler = (request: SentRequest) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, contentType = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });

export const problem = (status: number, title: string, extra: Record<string, unknown> = {}) =>
  json({ type: "about:blank", title, status, ...extra }, status, "application/problem+json");

export function stubFetch(routes: Record<string, Handler>) {
  const requests: SentRequest[] = [];
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => {
    // Requests are recorded rather than built with `new Request`: jsdom's AbortSignal is not Node's.
    const request: SentRequest = {
      method: init?.method ?? "GET",
      url: new URL(String(input), "http://localhost"),
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? init.body : undefined,
    };
    requests.push(request);
    if (init?.signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    const handler = routes[`${request.method} ${request.url.pathname}`];
    return handler
      ? handler(request)
      : json({ title: `No stub for ${request.method} ${request.url.pathname}` }, 501);
  });
  return {
    fetch,
    requests,
    /** The URLs requested for a path, in order. */
    urls: (pathname: string) => requests.map((r) => r.url).filter((u) => u.pathname === pathname),
  };
}
