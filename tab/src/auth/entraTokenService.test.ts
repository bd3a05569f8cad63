import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TeamsAuthHost } from "../teams/TeamsProvider";
import { ConsentRequiredError, SignInFailedError } from "./authErrors";
import { createEntraTokenService, type EntraSettings } from "./entraTokenService";
import { loadTokenService, SignInRequiredError } from "./tokenService";

/**
 * MSAL is an external SDK: it is replaced at the module boundary by a client whose answers each
 * test sets, and whose calls the tests check.
 */
const msal = vi.hoisted(() => {
  /** MSAL's error shape: errorCode, errorMessage (Entra's description), subError. */
  class InteractionRequiredAuthError extends Error {
    constructor(
      readonly errorCode: string,
      readonly errorMessage = "",
      readonly subError = "",
    ) {
      super(`See https://aka.ms/msal.js.errors#${errorCode} for details`);
    }
  }
  class BrowserAuthError extends Error {
    constructor(readonly errorCode: string) {
      super(`See https://aka.ms/msal.js.errors#${errorCode} for details`);
    }
  }
  const pca = {
    acquireTokenSilent: vi.fn<IPublicClientApplication["acquireTokenSilent"]>(),
    acquireTokenPopup: vi.fn<IPublicClientApplication["acquireTokenPopup"]>(),
    acquireTokenRedirect: vi.fn<IPublicClientApplication["acquireTokenRedirect"]>(),
    loginRedirect: vi.fn<IPublicClientApplication["loginRedirect"]>(),
    handleRedirectPromise: vi.fn<IPublicClientApplication["handleRedirectPromise"]>(),
    getActiveAccount: vi.fn<IPublicClientApplication["getActiveAccount"]>(),
    getAllAccounts: vi.fn<IPublicClientApplication["getAllAccounts"]>(),
    setActiveAccount: vi.fn<IPublicClientApplication["setActiveAccount"]>(),
    clearCache: vi.fn<IPublicClientApplication["clearCache"]>(),
  };
  return {
    pca,
    InteractionRequiredAuthError,
    BrowserAuthError,
    createNestablePublicClientApplication: vi.fn(async () => pca),
    createStandardPublicClientApplication: vi.fn(async () => pca),
  };
});
vi.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: msal.createNestablePublicClientApplication,
  createStandardPublicClientApplication: msal.createStandardPublicClientApplication,
  InteractionRequiredAuthError: msal.InteractionRequiredAuthError,
}));

const settings: EntraSettings = {
  mode: "entra",
  clientId: "c0ffee00-0000-4000-8000-000000000001",
  tenantId: "7e4a0000-0000-4000-8000-000000000002",
  apiScope: "api://board.contoso.example/c0ffee00-0000-4000-8000-000000000001/access_as_user",
};
const origin = "https://board.contoso.example";

const avery: AccountInfo = {
  homeAccountId: "oid-avery.tid",
  environment: "login.microsoftonline.com",
  tenantId: settings.tenantId,
  username: "avery@contoso.example",
  localAccountId: "oid-avery",
  name: "Avery Chen",
};

const tokenResult = (accessToken: string, account: AccountInfo | null = avery) =>
  ({ accessToken, account, scopes: [settings.apiScope], fromCache: false }) as Partial<AuthenticationResult> as AuthenticationResult;

const consentError = () =>
  new msal.InteractionRequiredAuthError(
    "consent_required",
    "AADSTS65001: The user or administrator has not consented to use the application with ID 'c0ffee00'. Send an interactive authorization request for this user and resource. Trace ID: 1 Correlation ID: 2",
    "consent_required",
  );

function teamsHost(overrides: Partial<TeamsAuthHost> = {}): TeamsAuthHost {
  return {
    nestedAppAuth: true,
    getAuthToken: vi.fn<TeamsAuthHost["getAuthToken"]>(),
    loginHint: "avery@contoso.example",
    tenantId: settings.tenantId,
    ...overrides,
  };
}

/** A JWT as Teams SSO returns it (unsigned here: the tab only reads it). */
function jwt(claims: Record<string, unknown>): string {
  const part = (v: unknown) => btoa(JSON.stringify(v)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.signature`;
}

/** Resolves with "pending" when the promise has not settled within a few turns of the event loop. */
const settledState = (p: Promise<unknown>) =>
  Promise.race([p.then(() => "resolved", () => "rejected"), new Promise((r) => setTimeout(() => r("pending"), 20))]);

beforeEach(() => {
  for (const fn of Object.values(msal.pca)) fn.mockReset();
  msal.pca.getActiveAccount.mockReturnValue(null);
  msal.pca.getAllAccounts.mockReturnValue([]);
  msal.pca.handleRedirectPromise.mockResolvedValue(null);
  msal.pca.clearCache.mockResolvedValue(undefined);
  msal.createNestablePublicClientApplication.mockClear();
  msal.createStandardPublicClientApplication.mockClear();
});

describe("Entra token service inside a Teams host with Nested App Authentication", () => {
  it("uses MSAL's nestable client and gets the API token silently", async () => {
    const teams = teamsHost();
    msal.pca.acquireTokenSilent.mockResolvedValue(tokenResult("api-token"));

    const service = await createEntraTokenService({ settings, teams, origin });

    expect(service.flow).toBe("nested-app");
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({
      auth: {
        clientId: settings.clientId,
        authority: `https://login.microsoftonline.com/${settings.tenantId}`,
        redirectUri: `${origin}/auth-end.html`,
        postLogoutRedirectUri: origin,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    expect(msal.createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect(service.account).toBeNull();

    expect(await service.getToken()).toBe("api-token");
    expect(msal.pca.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: [settings.apiScope],
      account: undefined,
      forceRefresh: false,
    });
    expect(msal.pca.setActiveAccount).toHaveBeenCalledWith(avery);
    expect(service.account).toEqual({ id: "oid-avery", name: "Avery Chen" });
    expect(teams.getAuthToken).not.toHaveBeenCalled();
    expect(msal.pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("asks the host's prompt when Entra requires interaction, once for concurrent callers", async () => {
    msal.pca.acquireTokenSilent.mockRejectedValue(new msal.InteractionRequiredAuthError("interaction_required"));
    msal.pca.acquireTokenPopup.mockResolvedValue(tokenResult("after-prompt"));
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });

    const tokens = await Promise.all([service.getToken(), service.getToken()]);

    expect(tokens).toEqual(["after-prompt", "after-prompt"]);
    expect(msal.pca.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(msal.pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: [settings.apiScope],
      loginHint: "avery@contoso.example",
    });
  });

  it("says an administrator must grant consent when Entra answers AADSTS65001", async () => {
    msal.pca.acquireTokenSilent.mockRejectedValue(consentError());
    msal.pca.acquireTokenPopup.mockRejectedValue(consentError());
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });

    const error = await service.getToken().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConsentRequiredError);
    expect(error).toMatchObject({
      title: "An administrator needs to grant consent",
      detail: expect.stringMatching(/^An administrator needs to grant consent to AI Strategy Board/),
      entraError: expect.stringMatching(/^consent_required: AADSTS65001: The user or administrator has not consented/),
    });
    expect((error as ConsentRequiredError).entraError).not.toMatch(/Trace ID/);
  });

  it("sends the user to the sign-in screen when they close the prompt", async () => {
    msal.pca.acquireTokenSilent.mockRejectedValue(new msal.InteractionRequiredAuthError("interaction_required"));
    msal.pca.acquireTokenPopup.mockRejectedValue(new msal.BrowserAuthError("user_cancelled"));
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });

    await expect(service.getToken()).rejects.toEqual(new SignInRequiredError("Sign-in was cancelled."));
  });

  it("names Entra's error for other failures", async () => {
    msal.pca.acquireTokenSilent.mockRejectedValue(new msal.BrowserAuthError("timed_out"));
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });

    const error = await service.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInFailedError);
    expect(error).toMatchObject({ detail: expect.stringContaining('answered "timed_out"') });
  });

  it("gets Graph tokens silently, and stops asking once Entra wants consent for them", async () => {
    msal.pca.acquireTokenSilent.mockResolvedValueOnce(tokenResult("graph-token"));
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });
    const scopes = ["User.Read", "User.ReadBasic.All", "People.Read"];

    expect(await service.getGraphToken(scopes)).toBe("graph-token");
    expect(msal.pca.acquireTokenSilent).toHaveBeenLastCalledWith({ scopes, account: undefined });

    vi.spyOn(console, "info").mockImplementation(() => {});
    msal.pca.acquireTokenSilent.mockRejectedValue(consentError());
    expect(await service.getGraphToken(scopes)).toBeNull();
    expect(await service.getGraphToken(scopes)).toBeNull();
    expect(msal.pca.acquireTokenSilent).toHaveBeenCalledTimes(2);
    expect(msal.pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("forgets the user on sign-out until they sign in again", async () => {
    msal.pca.acquireTokenSilent.mockResolvedValue(tokenResult("api-token"));
    msal.pca.acquireTokenPopup.mockResolvedValue(tokenResult("signed-in-again"));
    const service = await createEntraTokenService({ settings, teams: teamsHost(), origin });
    await service.getToken();

    service.signOut();
    expect(service.account).toBeNull();
    expect(msal.pca.setActiveAccount).toHaveBeenLastCalledWith(null);
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(await service.getGraphToken(["User.Read"])).toBeNull();

    await service.signIn();
    expect(msal.pca.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: [settings.apiScope],
      loginHint: "avery@contoso.example",
    });
    expect(service.account).toEqual({ id: "oid-avery", name: "Avery Chen" });
  });
});

describe("Entra token service inside a Teams host without Nested App Authentication", () => {
  const claims = { oid: "oid-avery", name: "Avery Chen", aud: `api://board.contoso.example/${settings.clientId}` };

  it("uses Teams SSO (getAuthToken) and never loads MSAL's clients", async () => {
    let now = 1_000_000;
    const token = jwt({ ...claims, exp: (now + 3_600_000) / 1000 });
    const teams = teamsHost({ nestedAppAuth: false, getAuthToken: vi.fn(async () => token) });

    const service = await createEntraTokenService({ settings, teams, origin, now: () => now });

    expect(service.flow).toBe("teams-sso");
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(msal.createStandardPublicClientApplication).not.toHaveBeenCalled();
    expect(await service.getToken()).toBe(token);
    expect(service.account).toEqual({ id: "oid-avery", name: "Avery Chen" });

    // Cached until five minutes before it expires.
    now += 3_600_000 - 5 * 60_000 - 1;
    expect(await service.getToken()).toBe(token);
    expect(teams.getAuthToken).toHaveBeenCalledTimes(1);
    now += 2;
    await service.getToken();
    expect(teams.getAuthToken).toHaveBeenCalledTimes(2);

    // A Teams SSO token is for the API only: people fall back to our own data.
    expect(await service.getGraphToken(["User.Read"])).toBeNull();
  });

  it("turns the host's consent error into the administrator message", async () => {
    const teams = teamsHost({
      nestedAppAuth: false,
      getAuthToken: vi.fn(async () => Promise.reject(new Error("resourceRequiresConsent"))),
    });
    const service = await createEntraTokenService({ settings, teams, origin });
    await expect(service.getToken()).rejects.toBeInstanceOf(ConsentRequiredError);
  });

  it("treats a cancelled prompt as 'sign in again'", async () => {
    const teams = teamsHost({
      nestedAppAuth: false,
      getAuthToken: vi.fn(async () => Promise.reject(new Error("CancelledByUser"))),
    });
    const service = await createEntraTokenService({ settings, teams, origin });
    await expect(service.signIn()).rejects.toBeInstanceOf(SignInRequiredError);
  });
});

describe("Entra token service in a browser", () => {
  it("handles the redirect answer on load and needs a sign-in while there is no account", async () => {
    const service = await createEntraTokenService({ settings, teams: null, origin });

    expect(service.flow).toBe("browser");
    expect(msal.createStandardPublicClientApplication).toHaveBeenCalledTimes(1);
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(msal.pca.handleRedirectPromise).toHaveBeenCalledTimes(1);
    expect(service.account).toBeNull();
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(msal.pca.acquireTokenSilent).not.toHaveBeenCalled();
  });

  it("signs in with a redirect; the page then navigates away", async () => {
    msal.pca.loginRedirect.mockResolvedValue(undefined);
    const service = await createEntraTokenService({ settings, teams: null, origin });

    const signingIn = service.signIn();

    expect(await settledState(signingIn)).toBe("pending");
    expect(msal.pca.loginRedirect).toHaveBeenCalledWith({ scopes: [settings.apiScope], prompt: undefined });
  });

  it("takes the account the redirect came back with and gets tokens silently", async () => {
    msal.pca.handleRedirectPromise.mockResolvedValue(tokenResult("from-redirect"));
    msal.pca.getActiveAccount.mockReturnValue(avery);
    msal.pca.acquireTokenSilent.mockResolvedValue(tokenResult("api-token"));

    const service = await createEntraTokenService({ settings, teams: null, origin });

    expect(msal.pca.setActiveAccount).toHaveBeenCalledWith(avery);
    expect(service.account).toEqual({ id: "oid-avery", name: "Avery Chen" });
    expect(await service.getToken()).toBe("api-token");
    expect(msal.pca.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: [settings.apiScope],
      account: avery,
      forceRefresh: false,
    });
  });

  it("redirects when Entra requires interaction", async () => {
    msal.pca.getAllAccounts.mockReturnValue([avery]);
    msal.pca.acquireTokenSilent.mockRejectedValue(new msal.InteractionRequiredAuthError("login_required"));
    msal.pca.acquireTokenRedirect.mockResolvedValue(undefined);
    const service = await createEntraTokenService({ settings, teams: null, origin });

    expect(await settledState(service.getToken())).toBe("pending");
    expect(msal.pca.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: [settings.apiScope], account: avery });
    expect(msal.pca.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("reports a sign-in that came back refused for want of consent", async () => {
    msal.pca.handleRedirectPromise.mockRejectedValue(consentError());
    const service = await createEntraTokenService({ settings, teams: null, origin });
    expect(service.redirectError).toBeInstanceOf(ConsentRequiredError);
  });

  it("forgets the account's tokens on sign-out and lets the user pick another account", async () => {
    msal.pca.getAllAccounts.mockReturnValue([avery]);
    msal.pca.loginRedirect.mockResolvedValue(undefined);
    const service = await createEntraTokenService({ settings, teams: null, origin });

    service.signOut();
    expect(msal.pca.clearCache).toHaveBeenCalledWith({ account: avery });
    await expect(service.getToken()).rejects.toBeInstanceOf(SignInRequiredError);

    void service.signIn();
    await vi.waitFor(() =>
      expect(msal.pca.loginRedirect).toHaveBeenCalledWith({ scopes: [settings.apiScope], prompt: "select_account" }),
    );
  });
});

describe("loadTokenService in Entra mode", () => {
  it("loads the Entra provider with the Teams host's sign-in", async () => {
    msal.pca.acquireTokenSilent.mockResolvedValue(tokenResult("api-token"));
    const service = await loadTokenService(
      { auth: settings, apiBaseUrl: "/api", localAuthUrl: "/local-auth", appInsightsConnectionString: undefined },
      teamsHost(),
    );
    expect(service.kind).toBe("entra");
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
  });
});
