import { describe, expect, it } from "vitest";
import { z } from "zod";
import { placeholderKeysIn } from "../../scripts/teams/placeholders";
import { importProjectModule, readProjectJson } from "./support";

/** The Microsoft Graph application shape the toolkit's aadApp/update applies. */
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const entraManifest = z.strictObject({
  id: z.literal("${{AAD_APP_OBJECT_ID}}"),
  appId: z.literal("${{AAD_APP_CLIENT_ID}}"),
  displayName: z.string(),
  description: z.string().min(20),
  signInAudience: z.string(),
  identifierUris: z.array(z.string()),
  api: z.strictObject({
    requestedAccessTokenVersion: z.number(),
    oauth2PermissionScopes: z.array(
      z.strictObject({
        id: guid,
        value: z.string(),
        type: z.enum(["User", "Admin"]),
        isEnabled: z.boolean(),
        adminConsentDisplayName: z.string().min(1),
        adminConsentDescription: z.string().min(1),
        userConsentDisplayName: z.string().min(1),
        userConsentDescription: z.string().min(1),
      }),
    ),
    preAuthorizedApplications: z.array(
      z.strictObject({ appId: guid, delegatedPermissionIds: z.array(guid) }),
    ),
  }),
  appRoles: z.array(
    z.strictObject({
      id: guid,
      value: z.string(),
      displayName: z.string().min(1),
      description: z.string(),
      allowedMemberTypes: z.array(z.string()),
      isEnabled: z.boolean(),
    }),
  ),
  requiredResourceAccess: z.array(
    z.strictObject({
      resourceAppId: guid,
      resourceAccess: z.array(z.strictObject({ id: guid, type: z.enum(["Scope", "Role"]) })),
    }),
  ),
  optionalClaims: z.strictObject({
    idToken: z.array(z.object({ name: z.string() })),
    accessToken: z.array(z.object({ name: z.string() })),
    saml2Token: z.array(z.unknown()),
  }),
  spa: z.strictObject({ redirectUris: z.array(z.string()) }),
  web: z.strictObject({
    redirectUris: z.array(z.string()),
    implicitGrantSettings: z.strictObject({
      enableAccessTokenIssuance: z.boolean(),
      enableIdTokenIssuance: z.boolean(),
    }),
  }),
  publicClient: z.strictObject({ redirectUris: z.array(z.string()) }),
});

const app = entraManifest.parse(readProjectJson("aad.manifest.json"));
const teams = readProjectJson("appPackage", "manifest.json") as {
  webApplicationInfo: {
    resource: string;
    nestedAppAuthInfo: Array<{ redirectUri: string; scopes: string[] }>;
  };
};

/** Clients Microsoft documents for Teams SSO: Teams, Microsoft 365 (Office) and Outlook apps. */
const microsoftClients = {
  "Teams desktop and mobile": "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
  "Teams web": "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
  "Microsoft 365 web": "4765445b-32c6-49b0-83e6-1d93765276ca",
  "Microsoft 365 desktop": "0ec893e0-5785-4de6-99da-4ed124e5296c",
  "Outlook desktop, Microsoft 365 mobile": "d3590ed6-52b3-4102-aeff-aad2292ab01c",
  "Outlook web": "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
  "Outlook mobile": "27922004-5251-4030-b22d-91ecd9a37ea4",
};

describe("Entra app manifest", () => {
  it("is a single-tenant app named after the environment, issuing v2 tokens", () => {
    expect(app.displayName).toBe("AI Strategy Board${{APP_NAME_SUFFIX}}");
    expect(app.signInAudience).toBe("AzureADMyOrg");
    expect(app.api.requestedAccessTokenVersion).toBe(2);
  });

  it("exposes the API as api://<tab domain>/<client id>, the resource the Teams manifest names", () => {
    expect(app.identifierUris).toEqual(["api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}"]);
    expect(teams.webApplicationInfo.resource).toBe(app.identifierUris[0]);
  });

  it("has one enabled access_as_user scope, the one the tab prefetches through NAA", () => {
    expect(app.api.oauth2PermissionScopes).toHaveLength(1);
    const [scope] = app.api.oauth2PermissionScopes;
    expect(scope).toMatchObject({ value: "access_as_user", type: "User", isEnabled: true });
    expect(teams.webApplicationInfo.nestedAppAuthInfo[0]?.scopes).toEqual([
      `${app.identifierUris[0]}/${scope?.value}`,
    ]);
  });

  it("pre-authorises exactly the documented Microsoft clients for that scope", () => {
    const scopeId = app.api.oauth2PermissionScopes[0]?.id;
    expect(app.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual(
      Object.values(microsoftClients).sort(),
    );
    app.api.preAuthorizedApplications.forEach((a) => expect(a.delegatedPermissionIds).toEqual([scopeId]));
    // Exchange Online is a resource, not a client: it has no business in this list.
    expect(app.api.preAuthorizedApplications.map((a) => a.appId)).not.toContain(
      "00000002-0000-0ff1-ce00-000000000000",
    );
  });

  it("defines the three app roles the API checks, for users, with stable unique ids", async () => {
    expect(app.appRoles.map((r) => r.value)).toEqual(["Executive", "Portfolio.Manager", "Board.Member"]);
    const api = z
      .object({ roles: z.array(z.string()) })
      .parse(await importProjectModule("api", "src", "auth", "principal.ts"));
    expect(app.appRoles.map((r) => r.value).sort()).toEqual([...api.roles].sort());
    for (const role of app.appRoles) {
      expect(role.allowedMemberTypes).toEqual(["User"]);
      expect(role.isEnabled).toBe(true);
      expect(role.description.length, role.value).toBeGreaterThanOrEqual(60);
    }
    const ids = [...app.appRoles.map((r) => r.id), ...app.api.oauth2PermissionScopes.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("redirects the SPA to the tab, and to the broker for nested app authentication", () => {
    expect(app.spa.redirectUris).toEqual([
      "${{TAB_ENDPOINT}}/auth-end.html",
      "${{TAB_ENDPOINT}}",
      "brk-multihub://${{TAB_DOMAIN}}",
    ]);
    expect(app.spa.redirectUris).toContain(teams.webApplicationInfo.nestedAppAuthInfo[0]?.redirectUri);
    expect(app.web.redirectUris).toEqual([]);
    expect(app.web.implicitGrantSettings).toEqual({
      enableAccessTokenIssuance: false,
      enableIdTokenIssuance: false,
    });
  });

  it("asks Microsoft Graph for User.Read, User.ReadBasic.All and People.Read, delegated", () => {
    expect(app.requiredResourceAccess).toEqual([
      {
        resourceAppId: "00000003-0000-0000-c000-000000000000",
        resourceAccess: [
          { id: "e1fe6dd8-ba31-4d61-89e7-88639da4683d", type: "Scope" },
          { id: "b340eb25-3456-403f-be2f-af7a0d370277", type: "Scope" },
          { id: "ba47897c-39ec-4d83-8086-ee8256fa737d", type: "Scope" },
        ],
      },
    ]);
  });

  it("adds the optional claims the tab and the API use", () => {
    expect(app.optionalClaims.accessToken.map((c) => c.name)).toContain("idtyp");
    expect(app.optionalClaims.idToken.map((c) => c.name)).toContain("login_hint");
  });

  it("takes only environment values from placeholders", () => {
    expect(placeholderKeysIn(app).sort()).toEqual(
      ["AAD_APP_CLIENT_ID", "AAD_APP_OBJECT_ID", "APP_NAME_SUFFIX", "TAB_DOMAIN", "TAB_ENDPOINT"].sort(),
    );
  });
});
