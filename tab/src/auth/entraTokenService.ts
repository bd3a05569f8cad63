import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { ApiError } from "../api/client";
import type { AuthSettings } from "../config";
import type { TeamsAuthHost } from "../teams/TeamsProvider";
import { describeSignInError, isCancelled, isConsentError } from "./entraErrors";
import { readJwtClaims } from "./jwtClaims";
import { SignInRequiredError, type Account, type TokenOptions, type TokenService } from "./tokenService";

/**
 * Microsoft Entra sign-in, in the three places the tab runs:
 *
 * - inside a Teams (or Outlook, Microsoft 365) host that recommends Nested App Authentication:
 *   MSAL's nestable client talks to the host; silent first, the host's prompt when Entra asks for
 *   interaction;
 * - inside an older Teams host: Teams SSO (`authentication.getAuthToken`), whose token is for our
 *   API only, so there is no Graph;
 * - in a browser: MSAL with redirect sign-in. The redirect URI is the bridge page auth-end.html,
 *   which hands the answer back to the page that started the sign-in.
 *
 * This module is loaded with `import()` only when the build uses Entra sign-in, so MSAL never
 * reaches the initial chunk nor a local-mode browser.
 */

export type EntraSettings = Extract<AuthSettings, { mode: "entra" }>;
export type EntraFlow = "nested-app" | "teams-sso" | "browser";

export interface EntraTokenService extends TokenService {
  readonly kind: "entra";
  readonly flow: EntraFlow;
  /**
   * Interactive sign-in. In Teams the host prompts (consent, MFA) and the promise resolves once
   * signed in. In a browser the page navigates to Microsoft sign-in, so the promise never settles.
   */
  signIn(): Promise<void>;
  /** Why the sign-in this page came back from failed, when it did. */
  readonly redirectError: ApiError | SignInRequiredError | null;
}

export interface EntraTokenServiceOptions {
  settings: EntraSettings;
  /** The Teams host's sign-in, or null outside Teams. */
  teams: TeamsAuthHost | null;
  /** The tab's origin; the redirect bridge page is served at `${origin}/auth-end.html`. */
  origin?: string;
  now?: () => number;
}

/** The path of the redirect bridge page, registered as a SPA redirect URI in aad.manifest.json. */
export const redirectBridgePath = "/auth-end.html";
/** A cached Teams SSO token this close to expiry is fetched again. */
export const renewWithinMs = 5 * 60_000;

/** Settles never: for the moment between starting a redirect and the page unloading. */
const navigatingAway = <T>() => new Promise<T>(() => {});

export function msalConfiguration(settings: EntraSettings, origin: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
      redirectUri: `${origin}${redirectBridgePath}`,
      postLogoutRedirectUri: origin,
    },
    // Tokens last as long as the tab's browser session, like the local sign-in's.
    cache: { cacheLocation: "sessionStorage" },
  };
}

const toAccount = (a: AccountInfo): Account => ({ id: a.localAccountId, name: a.name || a.username });

export async function createEntraTokenService({
  settings,
  teams,
  origin = window.location.origin,
  now = Date.now,
}: EntraTokenServiceOptions): Promise<EntraTokenService> {
  if (teams && !teams.nestedAppAuth) return createTeamsSsoService(teams, now);

  const configuration = msalConfiguration(settings, origin);
  if (teams) {
    // teams-js is initialised (TeamsProvider) before this runs, so the host's NAA bridge is there.
    const pca = await createNestablePublicClientApplication(configuration);
    return createMsalService({
      pca,
      flow: "nested-app",
      settings,
      redirectError: null,
      interact: (scopes) => pca.acquireTokenPopup({ scopes, loginHint: teams.loginHint }),
      signIn: (scopes) => pca.acquireTokenPopup({ scopes, loginHint: teams.loginHint }),
    });
  }

  const pca = await createStandardPublicClientApplication(configuration);
  let redirectError: ApiError | SignInRequiredError | null = null;
  try {
    const result = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
  } catch (error) {
    redirectError = describeSignInError(error);
  }
  let chooseAccount = false;
  return createMsalService({
    pca,
    flow: "browser",
    settings,
    redirectError,
    interact: async (scopes, account) => {
      await pca.acquireTokenRedirect({ scopes, account: account ?? undefined });
      return navigatingAway();
    },
    signIn: async (scopes) => {
      // After "Sign out", let the user pick another account instead of signing straight back in.
      await pca.loginRedirect({ scopes, prompt: chooseAccount ? "select_account" : undefined });
      return navigatingAway();
    },
    onSignOut: (account) => {
      chooseAccount = true;
      // Drops this account's tokens from the tab's cache; Entra's own session stays.
      if (account) void pca.clearCache({ account }).catch(() => undefined);
    },
  });
}

interface MsalServiceParts {
  pca: IPublicClientApplication;
  flow: "nested-app" | "browser";
  settings: EntraSettings;
  redirectError: ApiError | SignInRequiredError | null;
  /** Resolves what Entra asked interaction for: the host's prompt (NAA) or a redirect (browser). */
  interact: (scopes: string[], account: AccountInfo | null) => Promise<AuthenticationResult>;
  signIn: (scopes: string[]) => Promise<AuthenticationResult>;
  onSignOut?: (account: AccountInfo | null) => void;
}

function createMsalService({
  pca,
  flow,
  settings,
  redirectError,
  interact,
  signIn,
  onSignOut,
}: MsalServiceParts): EntraTokenService {
  const apiScopes = [settings.apiScope];
  let account: AccountInfo | null = pca.getActiveAccount() ?? pca.getAllAccounts().at(0) ?? null;
  let signedOut = false;
  // Bumped by signOut, so a token request already under way cannot sign the user back in.
  let generation = 0;
  // Concurrent callers share one request (and never open two prompts).
  let pending: Promise<string> | null = null;
  // Graph scopes Entra asked interaction for: asked once per session, then the fallback is used.
  const graphRefused = new Set<string>();

  function remember(result: AuthenticationResult, started: number): string {
    if (started !== generation) throw new SignInRequiredError("Signed out while signing in.");
    if (result.account) {
      account = result.account;
      pca.setActiveAccount(result.account);
    }
    signedOut = false;
    return result.accessToken;
  }

  // A browser needs a signed-in account to ask silently; a Teams host knows its user.
  const mayAskSilently = () => !signedOut && (flow === "nested-app" || account !== null);

  async function apiToken(forceRefresh: boolean): Promise<string> {
    if (!mayAskSilently()) throw new SignInRequiredError();
    const started = generation;
    let result: AuthenticationResult;
    try {
      result = await pca.acquireTokenSilent({ scopes: apiScopes, account: account ?? undefined, forceRefresh });
    } catch (silentError) {
      if (!(silentError instanceof InteractionRequiredAuthError)) throw describeSignInError(silentError);
      try {
        result = await interact(apiScopes, account);
      } catch (error) {
        // "Consent required" is the news, unless the user closed the prompt.
        throw describeSignInError(isConsentError(silentError) && !isCancelled(error) ? silentError : error);
      }
    }
    return remember(result, started);
  }

  return {
    kind: "entra",
    flow,
    redirectError,

    get account() {
      return account && toAccount(account);
    },

    getToken({ forceRefresh = false }: TokenOptions = {}) {
      if (forceRefresh) return apiToken(true);
      const request = (pending ??= apiToken(false).finally(() => {
        if (pending === request) pending = null;
      }));
      return request;
    },

    async getGraphToken(scopes) {
      const key = [...scopes].sort().join(" ");
      if (!mayAskSilently() || graphRefused.has(key)) return null;
      try {
        const result = await pca.acquireTokenSilent({ scopes: [...scopes], account: account ?? undefined });
        return result.accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) graphRefused.add(key);
        console.info("No Microsoft Graph token; showing names from the strategy profile instead:", error);
        return null;
      }
    },

    async signIn() {
      signedOut = false;
      graphRefused.clear();
      const started = generation;
      let result: AuthenticationResult;
      try {
        result = await signIn(apiScopes);
      } catch (error) {
        throw describeSignInError(error);
      }
      remember(result, started);
    },

    signOut() {
      const previous = account;
      generation++;
      account = null;
      signedOut = true;
      pending = null;
      pca.setActiveAccount(null);
      onSignOut?.(previous);
    },
  };
}

function createTeamsSsoService(teams: TeamsAuthHost, now: () => number): EntraTokenService {
  let cached: { token: string; expiresAt: number } | null = null;
  let account: Account | null = null;
  let signedOut = false;
  let pending: Promise<string> | null = null;
  let generation = 0;

  async function fetchToken(): Promise<string> {
    const started = generation;
    let token: string;
    try {
      token = await teams.getAuthToken();
    } catch (error) {
      throw describeSignInError(error);
    }
    if (started !== generation) throw new SignInRequiredError("Signed out while signing in.");
    const claims = readJwtClaims(token);
    const exp = typeof claims?.exp === "number" ? claims.exp * 1000 : now() + renewWithinMs;
    cached = { token, expiresAt: exp };
    const oid = claims?.oid;
    const name = claims?.name ?? claims?.preferred_username;
    if (typeof oid === "string") account = { id: oid, name: typeof name === "string" ? name : oid };
    signedOut = false;
    return token;
  }

  function getToken({ forceRefresh = false }: TokenOptions = {}): Promise<string> {
    if (signedOut) return Promise.reject(new SignInRequiredError());
    if (!forceRefresh && cached && cached.expiresAt - now() > renewWithinMs) return Promise.resolve(cached.token);
    const request = (pending ??= fetchToken().finally(() => {
      if (pending === request) pending = null;
    }));
    return request;
  }

  return {
    kind: "entra",
    flow: "teams-sso",
    redirectError: null,

    get account() {
      return account;
    },

    getToken,

    // A Teams SSO token is for our API only; Graph would need an on-behalf-of exchange on a server.
    async getGraphToken() {
      return null;
    },

    async signIn() {
      signedOut = false;
      cached = null;
      await getToken();
    },

    signOut() {
      generation++;
      signedOut = true;
      cached = null;
      account = null;
      pending = null;
    },
  };
}
