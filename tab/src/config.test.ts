import { describe, expect, it } from "vitest";
import { readConfig } from "./config";

const entra = {
  VITE_AUTH_MODE: "entra",
  VITE_ENTRA_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  VITE_ENTRA_TENANT_ID: "66666666-7777-4888-9999-000000000000",
  VITE_API_SCOPE: "api://board.example.com/11111111-2222-4333-8444-555555555555/access_as_user",
};

describe("readConfig", () => {
  it("defaults to local sign-in and /api on a developer machine", () => {
    expect(readConfig({ DEV: true })).toEqual({
      ok: true,
      config: {
        auth: { mode: "local" },
        apiBaseUrl: "/api",
        localAuthUrl: "/local-auth",
        appInsightsConnectionString: undefined,
      },
    });
  });

  it("requires a build to say which sign-in it uses", () => {
    const result = readConfig({ DEV: false });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([{ setting: "VITE_AUTH_MODE", message: 'either "local" or "entra"' }]);
  });

  it("names an unknown auth mode", () => {
    const result = readConfig({ DEV: true, VITE_AUTH_MODE: "mock" });
    expect(result.ok || result.problems.map((p) => p.setting)).toEqual(["VITE_AUTH_MODE"]);
  });

  it("reads the Entra settings, and names each missing or malformed one", () => {
    const good = readConfig(entra);
    expect(good.ok && good.config.auth).toEqual({
      mode: "entra",
      clientId: entra.VITE_ENTRA_CLIENT_ID,
      tenantId: entra.VITE_ENTRA_TENANT_ID,
      apiScope: entra.VITE_API_SCOPE,
    });

    const bad = readConfig({ VITE_AUTH_MODE: "entra", VITE_ENTRA_CLIENT_ID: "my-app", VITE_API_SCOPE: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.problems.map((p) => p.setting).sort()).toEqual([
        "VITE_API_SCOPE",
        "VITE_ENTRA_CLIENT_ID",
        "VITE_ENTRA_TENANT_ID",
      ]);
      expect(bad.problems.find((p) => p.setting === "VITE_ENTRA_CLIENT_ID")?.message).toMatch(/GUID/);
    }
  });

  it("accepts a same-origin path or an absolute URL as the API base, and derives the local sign-in URL", () => {
    const absolute = readConfig({ DEV: true, VITE_API_BASE_URL: "http://127.0.0.1:7071/api/" });
    expect(absolute.ok && absolute.config).toMatchObject({
      apiBaseUrl: "http://127.0.0.1:7071/api",
      localAuthUrl: "http://127.0.0.1:7071/local-auth",
    });
    for (const bad of ["api", "//evil.example/api", "ftp://host/api"]) {
      const result = readConfig({ DEV: true, VITE_API_BASE_URL: bad });
      expect(result.ok || result.problems[0]?.setting).toBe("VITE_API_BASE_URL");
    }
  });

  it("checks the optional Application Insights connection string when given", () => {
    expect(
      readConfig({
        DEV: true,
        VITE_APPINSIGHTS_CONNECTION_STRING: "InstrumentationKey=abc;IngestionEndpoint=https://x",
      }).ok,
    ).toBe(true);
    const bad = readConfig({ DEV: true, VITE_APPINSIGHTS_CONNECTION_STRING: "abc" });
    expect(bad.ok || bad.problems[0]?.setting).toBe("VITE_APPINSIGHTS_CONNECTION_STRING");
  });
});
