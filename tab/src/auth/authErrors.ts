import { ApiError } from "../api/client";

/**
 * Sign-in failures as the shell shows them. They extend ApiError so the API client passes them
 * through unchanged from `getToken()`; none of them reached the API, hence status 0.
 */

export const consentRequiredType = "urn:ai-strategy-board:problem:consent-required";
export const signInFailedType = "urn:ai-strategy-board:problem:sign-in-failed";

/** The organisation has not consented to the app (AADSTS65001 and relatives). */
export class ConsentRequiredError extends ApiError {
  /** What Entra said, for the administrator (error code and description). */
  readonly entraError: string | undefined;

  constructor(entraError?: string) {
    super({
      status: 0,
      type: consentRequiredType,
      title: "An administrator needs to grant consent",
      detail:
        "An administrator needs to grant consent to AI Strategy Board for your organisation before you can sign in.",
    });
    this.entraError = entraError;
  }
}

/** Sign-in went wrong for another reason; `detail` names Entra's error code. */
export class SignInFailedError extends ApiError {
  constructor(detail: string) {
    super({ status: 0, type: signInFailedType, title: "Signing in did not work", detail });
  }
}

/**
 * The API's answer to a user without any app role (403 from any role-guarded route) reads
 * "you have no role in AI Strategy Board; ask your tenant admin to assign you …".
 */
export const isNoRoleProblem = (error: ApiError): boolean =>
  error.status === 403 && /\bno role\b/i.test(error.detail ?? "");

/** The URL an administrator opens to grant tenant-wide consent to the app registration. */
export const adminConsentUrl = (tenantId: string, clientId: string): string =>
  `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/adminconsent?client_id=${encodeURIComponent(clientId)}`;
