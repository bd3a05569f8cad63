import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type Handler } from "../../test/fetchStub";
import { renderWithTheme } from "../../test/render";
import { useApiGet } from "../api/hooks";
import type { AppConfig } from "../config";
import { UserMenu } from "../shell/UserMenu";
import { AuthGate, useSession } from "./AuthGate";
import { storageKey } from "./localTokenService";

/** MSAL and teams-js are external SDKs, replaced at the module boundary. */
const msal = vi.hoisted(() => {
  class InteractionRequiredAuthError extends Error {
    constructor(
      readonly errorCode: string,
      readonly errorMessage = "",
      readonly subError = "",
    ) {
      super(errorCode);
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
    createNestablePublicClientApplication: vi.fn(async () => pca),
    createStandardPublicClientApplication: vi.fn(async () => pca),
  };
});
vi.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: msal.createNestablePublicClientApplication,
  createStandardPublicClientApplication: msal.createStandardPublicClientApplication,
  InteractionRequiredAuthError: msal.InteractionRequiredAuthError,
}));

const teamsSdk = vi.hoisted(() => ({
  app: {
    initialize: vi.fn(async () => {}),
    getContext: vi.fn(async () => ({
      app: { theme: "default", locale: "en-gb" },
      page: { frameContext: "content" },
      user: { loginHint: "avery@contoso.example", tenant: { id: "7e4a0000-0000-4000-8000-000000000002" } },
    })),
    registerOnThemeChangeHandler: vi.fn(),
    notifySuccess: vi.fn(async () => {}),
  },
  nestedAppAuth: { isNAAChannelRecommended: vi.fn(() => true) },
  authentication: { getAuthToken: vi.fn(async () => "teams-sso-token") },
}));
vi.mock("@microsoft/teams-js", () => teamsSdk);

const base = { apiBaseUrl: "/api", localAuthUrl: "/local-auth", appInsightsConnectionString: undefined };
const local: AppConfig = { ...base, auth: { mode: "local" } };
const entra: AppConfig = {
  ...base,
  auth: {
    mode: "entra",
    clientId: "c0ffee00-0000-4000-8000-000000000001",
    tenantId: "7e4a0000-0000-4000-8000-000000000002",
    apiScope: "api://board.contoso.example/c0ffee00-0000-4000-8000-000000000001/access_as_user",
  },
};

const averyId = "a0000000-0000-4000-8000-00000000000a";
const avery: AccountInfo = {
  homeAccountId: `${averyId}.tid`,
  environment: "login.microsoftonline.com",
  tenantId: "7e4a0000-0000-4000-8000-000000000002",
  username: "avery@contoso.example",
  localAccountId: averyId,
  name: "Avery Chen",
};
const tokenResult = (accessToken: string) =>
  ({ accessToken, account: avery }) as Partial<AuthenticationResult> as AuthenticationResult;

const consentError = () =>
  new msal.InteractionRequiredAuthError(
    "consent_required",
    "AADSTS65001: The user or administrator has not consented to use the application.",
    "consent_required",
  );

/** Signed in locally as Avery, as after choosing the persona. */
function signedInLocally() {
  window.sessionStorage.setItem(
    storageKey,
    JSON.stringify({ personaId: "ceo", name: "Avery Chen", accessToken: "local-token", expiresAt: Date.now() + 3_600_000 }),
  );
}

function Shell() {
  const { user } = useSession();
  return <h1>Board for {user.name}</h1>;
}

/** A page that reads the strategy profile, as the portfolio page does. */
function StrategyPage() {
  const strategy = useApiGet<{ vision: string }>("/strategy");
  if (strategy.error) return <p role="alert">{`${strategy.error.status}: ${strategy.error.detail ?? ""}`}</p>;
  return <p>{strategy.data ? strategy.data.vision : "Loading strategy…"}</p>;
}

function start(config: AppConfig, routes: Record<string, Handler>, children = <Shell />) {
  const host = stubFetch(routes);
  vi.stubGlobal("fetch", host.fetch);
  renderWithTheme(<AuthGate config={config}>{children}</AuthGate>);
  return host;
}

const me = (roles: string[], id = "ceo") => json({ id, name: "Avery Chen", tenantId: "t1", roles });

beforeEach(() => {
  for (const fn of Object.values(msal.pca)) fn.mockReset();
  msal.pca.getActiveAccount.mockReturnValue(null);
  msal.pca.getAllAccounts.mockReturnValue([]);
  msal.pca.handleRedirectPromise.mockResolvedValue(null);
});

describe("AuthGate: no role", () => {
  it("shows 'No access yet' instead of the shell when /api/me has no roles, and checks again", async () => {
    signedInLocally();
    let roles: string[] = [];
    const host = start(local, { "GET /api/me": () => me(roles) });

    expect(await screen.findByRole("heading", { level: 1, name: "No access yet" })).toBeInTheDocument();
    expect(screen.getByText("Avery Chen, you have no role in AI Strategy Board yet.")).toBeInTheDocument();
    expect(
      screen.getByText(/^Ask your tenant admin to assign you a role \(Enterprise applications → AI Strategy Board → Users and groups\)/),
    ).toBeInTheDocument();
    expect(screen.getByText("Portfolio manager")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: /Board for/ })).toBeNull();

    roles = ["Executive"];
    await userEvent.setup().click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("heading", { name: "Board for Avery Chen" })).toBeInTheDocument();
    expect(host.urls("/api/me")).toHaveLength(2);
  });

  it("shows the API's own message when a request is refused for want of any role", async () => {
    signedInLocally();
    const detail =
      "you have no role in AI Strategy Board; ask your tenant admin to assign you Executive or Portfolio.Manager (Enterprise applications → AI Strategy Board → Users and groups)";
    start(
      local,
      {
        "GET /api/me": () => me(["Executive"]),
        "GET /api/strategy": () => problem(403, "Not allowed", { detail }),
      },
      <StrategyPage />,
    );

    expect(await screen.findByRole("heading", { level: 1, name: "No access yet" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "You have no role in AI Strategy Board; ask your tenant admin to assign you Executive or Portfolio.Manager (Enterprise applications → AI Strategy Board → Users and groups).",
      ),
    ).toBeInTheDocument();
  });

  it("leaves a 403 for another role to the page", async () => {
    signedInLocally();
    start(
      local,
      {
        "GET /api/me": () => me(["Executive"]),
        "GET /api/strategy": () =>
          problem(403, "Not allowed", { detail: "this needs the role Portfolio.Manager; you have Executive" }),
      },
      <StrategyPage />,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "403: this needs the role Portfolio.Manager; you have Executive",
    );
    expect(screen.queryByRole("heading", { name: "No access yet" })).toBeNull();
  });
});

describe("AuthGate with Entra sign-in in a browser", () => {
  it("offers Microsoft sign-in, which redirects", async () => {
    msal.pca.loginRedirect.mockResolvedValue(undefined);
    start(entra, {});

    const button = await screen.findByRole("button", { name: "Sign in with Microsoft" });
    expect(screen.getByRole("heading", { level: 1, name: "Sign in to AI Strategy Board" })).toBeInTheDocument();
    await userEvent.setup().click(button);

    expect(msal.pca.loginRedirect).toHaveBeenCalledWith({ scopes: [entra.auth.mode === "entra" ? entra.auth.apiScope : ""], prompt: undefined });
    expect(screen.getByText("Opening Microsoft sign-in…")).toBeInTheDocument();
    expect(msal.createStandardPublicClientApplication).toHaveBeenCalled();
  });

  it("explains what the administrator must do when sign-in came back without consent", async () => {
    msal.pca.handleRedirectPromise.mockRejectedValue(consentError());
    const host = start(entra, {});

    expect(
      await screen.findByRole("heading", { level: 1, name: "An administrator needs to grant consent" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /adminconsent/ })).toHaveAttribute(
      "href",
      "https://login.microsoftonline.com/7e4a0000-0000-4000-8000-000000000002/adminconsent?client_id=c0ffee00-0000-4000-8000-000000000001",
    );
    expect(screen.getByText(/Microsoft Entra ID said: consent_required: AADSTS65001/)).toBeInTheDocument();
    expect(host.requests).toHaveLength(0);
  });
});

describe("AuthGate with Entra sign-in inside Teams", () => {
  beforeEach(() => {
    vi.spyOn(window, "parent", "get").mockReturnValue({} as Window);
    Object.defineProperty(URL, "createObjectURL", { configurable: true, value: vi.fn(() => "blob:avery-photo") });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: vi.fn() });
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, "createObjectURL");
    Reflect.deleteProperty(URL, "revokeObjectURL");
  });

  it("signs in silently through Nested App Authentication and shows the user's Graph photo", async () => {
    msal.pca.acquireTokenSilent.mockImplementation(async (request) =>
      tokenResult(request.scopes.includes("User.Read") ? "graph-token" : "api-token"),
    );
    const host = start(
      entra,
      {
        "GET /api/me": () => me(["Executive"], averyId),
        "POST /v1.0/$batch": () =>
          json({
            responses: [
              { id: "user-0", status: 200, body: { id: averyId, displayName: "Avery Chen", jobTitle: "CEO", mail: null } },
              { id: "photo-0", status: 200, headers: { "Content-Type": "image/jpeg" }, body: btoa("jpeg") },
            ],
          }),
      },
      <UserMenu />,
    );

    const account = await screen.findByRole("button", { name: "Account: Avery Chen" });
    expect(host.requests.find((r) => r.url.pathname === "/api/me")?.headers.get("authorization")).toBe(
      "Bearer api-token",
    );
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(teamsSdk.app.initialize).toHaveBeenCalledTimes(1);
    expect(teamsSdk.authentication.getAuthToken).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(account.querySelector('img[src="blob:avery-photo"]')).not.toBeNull());
    expect(host.requests.find((r) => r.url.pathname === "/v1.0/$batch")?.headers.get("authorization")).toBe(
      "Bearer graph-token",
    );
  });

  it("shows the consent screen when Entra wants an administrator's consent", async () => {
    msal.pca.acquireTokenSilent.mockRejectedValue(consentError());
    msal.pca.acquireTokenPopup.mockRejectedValue(consentError());
    const host = start(entra, { "GET /api/me": () => me(["Executive"]) });

    const heading = await screen.findByRole("heading", { level: 1, name: "An administrator needs to grant consent" });
    expect(heading).toBeInTheDocument();
    const steps = screen.getByRole("list");
    expect(within(steps).getByText(/Grant admin consent/)).toBeInTheDocument();
    expect(host.urls("/api/me")).toHaveLength(0);

    msal.pca.acquireTokenSilent.mockResolvedValue(tokenResult("api-token"));
    await userEvent.setup().click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Board for Avery Chen" })).toBeInTheDocument();
  });
});
