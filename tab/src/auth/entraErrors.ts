import type { ApiError } from "../api/client";
import { ConsentRequiredError, SignInFailedError } from "./authErrors";
import { SignInRequiredError } from "./tokenService";

/**
 * Turns what MSAL or the Teams host throws into the errors the shell explains. MSAL v5 errors carry
 * `errorCode`, `subError` and, for answers from Entra, `errorMessage` ("AADSTS65001: …") and
 * `errorNo`; their `message` is only a link. Teams rejects `getAuthToken()` with an Error whose
 * message is a code such as "resourceRequiresConsent" or "CancelledByUser". Read by shape, so this
 * module does not load MSAL.
 */

interface ErrorFields {
  errorCode?: unknown;
  subError?: unknown;
  errorMessage?: unknown;
  errorNo?: unknown;
  message?: unknown;
}

const text = (v: unknown): string => (typeof v === "string" ? v : "");

/** AADSTS65001: no consent; AADSTS90094: the grant needs an administrator's permission. */
const consentAadsts = /\bAADSTS(65001|90094)\b/;
const cancelCodes = new Set(["user_cancelled", "user_canceled", "CancelledByUser"]);

function fieldsOf(error: unknown): ErrorFields {
  if (typeof error === "string") return { errorCode: error };
  if (typeof error === "object" && error !== null) return error as ErrorFields;
  return {};
}

/** The code and first sentence of Entra's description, without trace and correlation ids. */
function summary(f: ErrorFields): string {
  const code = text(f.errorCode) || text(f.message);
  const description = text(f.errorMessage).split(/\r?\n|\s+Trace ID:/)[0]?.trim() ?? "";
  return description && !description.startsWith(code) ? `${code}: ${description}` : description || code;
}

export function isConsentError(error: unknown): boolean {
  const f = fieldsOf(error);
  const code = text(f.errorCode);
  const all = [code, text(f.subError), text(f.errorMessage), text(f.message)].join(" ");
  return (
    code === "consent_required" ||
    text(f.subError) === "consent_required" ||
    consentAadsts.test(all) ||
    text(f.errorNo) === "65001" ||
    text(f.errorNo) === "90094" ||
    (code === "interaction_required" && /consent/i.test(all)) ||
    /^resourceRequiresConsent$/i.test(text(f.message))
  );
}

export function isCancelled(error: unknown): boolean {
  const f = fieldsOf(error);
  return cancelCodes.has(text(f.errorCode)) || cancelCodes.has(text(f.message));
}

/**
 * The error to show for a failed sign-in or token request: consent → ConsentRequiredError, a
 * closed prompt → SignInRequiredError (the sign-in screen), anything else → SignInFailedError
 * naming Entra's code.
 */
export function describeSignInError(error: unknown): ApiError | SignInRequiredError {
  if (error instanceof SignInRequiredError) return error;
  if (isConsentError(error)) return new ConsentRequiredError(summary(fieldsOf(error)) || undefined);
  if (isCancelled(error)) return new SignInRequiredError("Sign-in was cancelled.");
  const said = summary(fieldsOf(error));
  return new SignInFailedError(
    said
      ? `Microsoft Entra ID answered "${said}". Try again; if it keeps failing, tell your administrator.`
      : "Try again; if it keeps failing, tell your administrator.",
  );
}
