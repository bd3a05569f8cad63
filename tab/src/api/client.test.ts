import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch } from "../../test/fetchStub";
import { SignInRequiredError } from "../auth/tokenService";
import { ApiError, createApiClient, withQuery } from "./client";

function client(routes: Parameters<typeof stubFetch>[0], getToken = async () => "tok-1") {
  const host = stubFetch(routes);
  const onUnauthorized = vi.fn();
  const api = createApiClient({ baseUrl: "/api", getToken, onUnauthorized, fetch: host.fetch });
  return { api, host, onUnauthorized };
}

describe("api client", () => {
  it("sends the bearer token and parses JSON", async () => {
    const { api, host } = client({ "GET /api/me": () => json({ id: "u1", name: "Avery" }) });
    expect(await api.get("/me")).toEqual({ id: "u1", name: "Avery" });
    expect(host.requests[0]?.headers.get("authorization")).toBe("Bearer tok-1");
    expect(host.requests[0]?.headers.get("accept")).toBe("application/json");
  });

  it("sends a JSON body with its content type", async () => {
    const { api, host } = client({ "PATCH /api/initiatives/i1": () => new Response(null, { status: 204 }) });
    await api.request("/initiatives/i1", {
      method: "PATCH",
      body: { health: "at-risk" },
      headers: { "if-match": "W/1" },
    });
    const sent = host.requests[0];
    expect(sent?.body).toBe('{"health":"at-risk"}');
    expect(sent?.headers.get("content-type")).toBe("application/json");
    expect(sent?.headers.get("if-match")).toBe("W/1");
  });

  it("turns problem+json into an ApiError with its field errors", async () => {
    const { api, onUnauthorized } = client({
      "POST /api/initiatives": () =>
        problem(400, "Invalid initiative", {
          detail: "2 fields are invalid",
          errors: [
            {
              path: "riskOwnerId",
              message: "the risk owner must be a different person from the outcome owner",
            },
            { path: "title", message: "required" },
          ],
        }),
    });
    const error = await api.request("/initiatives", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: "Invalid initiative",
      detail: "2 fields are invalid",
      type: "about:blank",
      errors: [
        { path: "riskOwnerId", message: "the risk owner must be a different person from the outcome owner" },
        { path: "title", message: "required" },
      ],
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it("copes with errors that are not problem+json", async () => {
    const { api } = client({
      "GET /api/strategy": () =>
        new Response("<h1>Bad gateway</h1>", {
          status: 502,
          statusText: "Bad Gateway",
          headers: { "content-type": "text/html" },
        }),
    });
    await expect(api.get("/strategy")).rejects.toMatchObject({
      status: 502,
      title: "Bad Gateway",
      errors: [],
    });
  });

  it("on 401 sends the user back to sign-in", async () => {
    const { api, onUnauthorized } = client({ "GET /api/me": () => problem(401, "Token expired") });
    await expect(api.get("/me")).rejects.toMatchObject({ status: 401, title: "Token expired" });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it("without a token asks for sign-in and sends nothing", async () => {
    const { api, host, onUnauthorized } = client({}, () => Promise.reject(new SignInRequiredError()));
    await expect(api.get("/me")).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(host.requests).toHaveLength(0);
  });

  it("reports a network failure as status 0, and lets an abort through", async () => {
    const failing = createApiClient({
      baseUrl: "/api",
      getToken: async () => "t",
      onUnauthorized: () => {},
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
    });
    await expect(failing.get("/me")).rejects.toMatchObject({
      status: 0,
      title: expect.stringMatching(/Cannot reach/),
    });

    const { api } = client({ "GET /api/me": () => json({}) });
    const controller = new AbortController();
    controller.abort();
    await expect(api.get("/me", controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("withQuery", () => {
  it("adds only the values that are set", () => {
    expect(
      withQuery("/initiatives", { pageSize: 50, sort: "roi", department: "", stage: undefined, owner: null }),
    ).toBe("/initiatives?pageSize=50&sort=roi");
    expect(withQuery("/initiatives?pageSize=50", { continuationToken: "a b&c" })).toBe(
      "/initiatives?pageSize=50&continuationToken=a+b%26c",
    );
    expect(withQuery("/me")).toBe("/me");
  });
});
