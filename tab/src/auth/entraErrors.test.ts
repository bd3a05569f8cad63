import { describe, expect, it } from "vitest";
import { ConsentRequiredError, isNoRoleProblem, SignInFailedError, adminConsentUrl } from "./authErrors";
import { ApiError } from "../api/client";
import { describeSignInError, isConsentError } from "./entraErrors";
import { SignInRequiredError } from "./tokenService";

/** Errors as MSAL v5 and the Teams host throw them. */
const msalError = (errorCode: string, errorMessage = "", subError = "") =>
  Object.assign(new Error(`See https://aka.ms/msal.js.errors#${errorCode} for details`), {
    errorCode,
    errorMessage,
    subError,
  });

describe("isConsentError", () => {
  it.each([
    ["consent_required", msalError("consent_required")],
    ["the consent_required sub-error", msalError("invalid_grant", "", "consent_required")],
    ["AADSTS65001", msalError("invalid_grant", "AADSTS65001: The user or administrator has not consented")],
    ["AADSTS90094 (admin approval)", msalError("access_denied", "AADSTS90094: The grant requires admin permission.")],
    ["interaction_required mentioning consent", msalError("interaction_required", "The user must consent first.")],
    ["Teams SSO's resourceRequiresConsent", new Error("resourceRequiresConsent")],
  ])("recognises %s", (_, error) => {
    expect(isConsentError(error)).toBe(true);
  });

  it.each([
    ["interaction_required without consent", msalError("interaction_required", "AADSTS50076: MFA required")],
    ["a cancelled prompt", msalError("user_cancelled")],
    ["a plain error", new Error("boom")],
    ["nothing", undefined],
  ])("does not take %s for consent", (_, error) => {
    expect(isConsentError(error)).toBe(false);
  });
});

describe("describeSignInError", () => {
  it("explains consent for the administrator", () => {
    const error = describeSignInError(
      msalError("consent_required", "AADSTS65001: The user or administrator has not consented.\r\nTrace ID: 1"),
    );
    expect(error).toBeInstanceOf(ConsentRequiredError);
    expect(error.message).toMatch(/An administrator needs to grant consent/);
    expect((error as ConsentRequiredError).entraError).toBe(
      "consent_required: AADSTS65001: The user or administrator has not consented.",
    );
  });

  it("sends a cancelled prompt back to the sign-in screen", () => {
    expect(describeSignInError(msalError("user_cancelled"))).toEqual(new SignInRequiredError("Sign-in was cancelled."));
    expect(describeSignInError(new Error("CancelledByUser"))).toBeInstanceOf(SignInRequiredError);
  });

  it("names Entra's code for anything else", () => {
    const error = describeSignInError(msalError("popup_window_error"));
    expect(error).toBeInstanceOf(SignInFailedError);
    expect((error as SignInFailedError).detail).toBe(
      'Microsoft Entra ID answered "popup_window_error". Try again; if it keeps failing, tell your administrator.',
    );
  });
});

describe("isNoRoleProblem", () => {
  it("recognises the API's 403 for a user without any role", () => {
    const noRole = new ApiError({
      status: 403,
      title: "Not allowed",
      detail: "you have no role in AI Strategy Board; ask your tenant admin to assign you Executive or Portfolio.Manager",
    });
    const otherRole = new ApiError({
      status: 403,
      title: "Not allowed",
      detail: "this needs the role Portfolio.Manager; you have Executive",
    });
    expect(isNoRoleProblem(noRole)).toBe(true);
    expect(isNoRoleProblem(otherRole)).toBe(false);
  });
});

describe("adminConsentUrl", () => {
  it("points the administrator at the tenant's admin consent endpoint for the app", () => {
    expect(adminConsentUrl("tenant-id", "client-id")).toBe(
      "https://login.microsoftonline.com/tenant-id/adminconsent?client_id=client-id",
    );
  });
});
