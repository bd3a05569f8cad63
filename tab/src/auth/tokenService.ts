import type { AppConfig } from "../config";
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

export interface TokenService {
  readonly kind: AppConfig["auth"]["mode"];
  /** Who is signed in, or null when nobody is. */
  readonly account: Account | null;
  /** A valid access token for the API; throws SignInRequiredError when nobody is signed in. */
  getToken(): Promise<string>;
  signOut(): void;
}

/** Thrown by `getToken()` when the user has to sign in (again). */
export class SignInRequiredError extends Error {
  override readonly name = "SignInRequiredError";
  constructor(message = "Nobody is signed in.") {
    super(message);
  }
}

/** The providers this build carries; the Entra provider (MSAL, NAA) joins with its own issue. */
export type AnyTokenService = LocalTokenService;

/**
 * Loads the provider for the configured sign-in mode, or resolves to null when this build has
 * no provider for it (the shell then explains that instead of failing).
 */
export async function loadTokenService(config: AppConfig): Promise<AnyTokenService | null> {
  switch (config.auth.mode) {
    case "local": {
      const { createLocalTokenService } = await import("./localTokenService");
      return createLocalTokenService({ baseUrl: config.localAuthUrl });
    }
    case "entra":
      return null;
  }
}
