import { describe, expect, it } from "vitest";
import { json, problem, stubFetch, type SentRequest } from "../../test/fetchStub";
import { createLocalTokenService, renewWithinMs, storageKey } from "./localTokenService";
import { loadTokenService, SignInRequiredError } from "./tokenService";

const avery = { id: "ceo", displayName: "Avery Chen" };

/** A token host that numbers its tokens, so a test can tell a renewed token from the first. */
function tokenHost(expiresIn = 3600) {
  let issued = 0;
  return stubFetch({
    "GET /local-auth/personas": () =>
      json({ personas: [{ ...avery, jobTitle: "CEO", roles: ["Executive"], tenantId: "t1" }] }),
    "POST /local-auth/token": (r: SentRequest) => {
      const { personaId } = JSON.parse(r.body ?? "{}") as { personaId?: string };
      if (personaId !== avery.id) return problem(404, "Unknown persona");
      issued += 1;
      return json({ access_token: `token-${issued}`, token_type: "Bearer", expires_in: expiresIn });
    },
  });
}

function setup(expiresIn?: number) {
  const host = tokenHost(expiresIn);
  let now = 1_000_000;
  const create = () =>
    createLocalTokenService({
      baseUrl: "/local-auth",
      fetch: host.fetch,
      storage: window.sessionStorage,
      now: () => now,
    });
  return { host, service: create(), create, advance: (ms: number) => (now += ms) };
}

describe("local token service", () => {
  it("lists the personas of the local identity provider", async () => {
    const { service } = setup();
    expect(await service.listPersonas()).toEqual([
      { ...avery, jobTitle: "CEO", roles: ["Executive"], tenantId: "t1" },
    ]);
  });

  it("asks for sign-in while nobody is signed in", async () => {
    const { service } = setup();
    expect(service.account).toBeNull();
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it("signs in as a persona and keeps the token in sessionStorage", async () => {
    const { service, host, create } = setup();
    expect(await service.signIn(avery)).toEqual({ id: "ceo", name: "Avery Chen" });
    expect(host.requests[0]?.body).toBe(JSON.stringify({ personaId: "ceo" }));
    expect(host.requests[0]?.headers.get("content-type")).toBe("application/json");
    expect(await service.getToken()).toBe("token-1");
    expect(JSON.parse(window.sessionStorage.getItem(storageKey) ?? "null")).toMatchObject({
      personaId: "ceo",
      accessToken: "token-1",
    });

    // Another instance (a reload) finds the same session.
    const again = create();
    expect(again.account).toEqual({ id: "ceo", name: "Avery Chen" });
    expect(await again.getToken()).toBe("token-1");
    expect(host.urls("/local-auth/token")).toHaveLength(1);
  });

  it("renews the token when it expires within a minute, once for concurrent callers", async () => {
    const { service, host, advance } = setup(600);
    await service.signIn(avery);

    advance(600_000 - renewWithinMs - 1);
    expect(await service.getToken()).toBe("token-1");

    advance(2);
    const tokens = await Promise.all([service.getToken(), service.getToken(), service.getToken()]);
    expect(tokens).toEqual(["token-2", "token-2", "token-2"]);
    expect(host.urls("/local-auth/token")).toHaveLength(2);
    expect(await service.getToken()).toBe("token-2");
  });

  it("has no Microsoft Graph: people fall back to the strategy profile's names", async () => {
    const { service, host } = setup();
    await service.signIn(avery);
    expect(await service.getGraphToken(["User.Read"])).toBeNull();
    expect(host.requests).toHaveLength(1);
  });

  it("clears the session on sign-out", async () => {
    const { service } = setup();
    await service.signIn(avery);
    service.signOut();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    expect(service.account).toBeNull();
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it("does not sign back in when signed out during a renewal", async () => {
    const { service, advance } = setup(60);
    await service.signIn(avery);
    advance(1000);
    const renewal = service.getToken();
    service.signOut();
    await expect(renewal).rejects.toBeInstanceOf(SignInRequiredError);
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
  });

  it("asks for sign-in again when the host no longer knows the persona", async () => {
    const { service, advance } = setup(60);
    window.sessionStorage.setItem(
      storageKey,
      JSON.stringify({ personaId: "gone", name: "Gone", accessToken: "old", expiresAt: 0 }),
    );
    advance(1);
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
  });

  it("drops an unreadable stored session", () => {
    window.sessionStorage.setItem(storageKey, "{not json");
    expect(setup().service.account).toBeNull();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
  });

  it("reports a sign-in the host refuses, with the host's words", async () => {
    const { service } = setup();
    await expect(service.signIn({ id: "nobody", displayName: "Nobody" })).rejects.toMatchObject({
      status: 404,
      title: "Unknown persona",
    });
    expect(service.account).toBeNull();
  });
});

describe("loadTokenService", () => {
  const base = { apiBaseUrl: "/api", localAuthUrl: "/local-auth", appInsightsConnectionString: undefined };

  it("loads the local provider in local mode", async () => {
    const service = await loadTokenService({ ...base, auth: { mode: "local" } });
    expect(service?.kind).toBe("local");
  });

});
