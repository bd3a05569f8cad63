import type { AppConfig } from "../config";
import type { TeamsAuthHost } from "../teams/TeamsProvider";
import type { EntraTokenService } from "./entraTokenService";
import type { LocalTokenService } from "./localTokenService";

/**
 * How the tab gets a token for the API. Every sign-in mode implements `TokenService`; the
 * provider for the configured mode is loaded with `import()`, so a build ships (and a browser
 * downloads) only the code of the mode in use.
 */

export interface Account {
  id: string;
  name: string;
}

export interface TokenOptions {
  /** Skip cached tokens, e.g. to pick up app roles assigned since the last token. */
  forceRefresh?: boolean;
}

export interface TokenService {
  readonly kind: AppConfig["auth"]["mode"];
  /** Who is signed in, or null when nobody is. */
  readonly account: Account | null;
  /** A valid access token for the API; throws SignInRequiredError when nobody is signed in. */
  getToken(options?: TokenOptions): Promise<string>;
  /**
   * A token for Microsoft Graph with these delegated scopes, or null when this sign-in cannot give
   * one without asking the user (local sign-in, Teams SSO, consent missing). Never prompts.
   */
  getGraphToken(scopes: readonly string[]): Promise<string | null>;
  /** Forgets the signed-in user in this tab. */
  signOut(): void;
}

/** Thrown by `getToken()` when the user has to sign in (again). */
export class SignInRequiredError extends Error {
  override readonly name = "SignInRequiredError";
  constructor(message = "Nobody is signed in.") {
    super(message);
  }
}

export type AnyTokenService = LocalTokenService | EntraTokenService;

/**
 * Loads the provider for the configured sign-in mode. Entra sign-in (MSAL) is only downloaded when
 * the build is set to it; `teams` is the host's sign-in when the tab runs inside Teams.
 */
export async function loadTokenService(
  config: AppConfig,
  teams: TeamsAuthHost | null = null,
): Promise<AnyTokenService> {
  switch (config.auth.mode) {
    case "local": {
      const { createLocalTokenService } = await import("./localTokenService");
      return createLocalTokenService({ baseUrl: config.localAuthUrl });
    }
    case "entra": {
      const { createEntraTokenService } = await import("./entraTokenService");
      return createEntraTokenService({ settings: config.auth, teams });
    }
  }
}
