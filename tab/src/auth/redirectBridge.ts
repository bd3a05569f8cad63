import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

/**
 * The entry of auth-end.html, the SPA redirect URI: MSAL v5 sends every sign-in answer here. For a
 * popup or a silent (iframe) request it passes the answer to the waiting tab; for a redirect it
 * keeps the answer for `handleRedirectPromise()` and goes back to the page that started it.
 */
broadcastResponseToMainFrame().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Signing in did not finish. Close this window and try again from the tab.";
  console.error("Could not hand the sign-in answer back to AI Strategy Board:", error);
});
