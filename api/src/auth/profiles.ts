import { z } from "zod";
import type { Config } from "../config";
import { apiScope, type IdentityProfile } from "./verifyToken";

/** Microsoft Entra ID: the v1 and v2 issuer forms of the token's tenant, the home tenant plus an allow-list. */
export function entraProfile(config: Extract<Config, { AUTH_MODE: "entra" }>): IdentityProfile {
  const allowed = new Set([config.ENTRA_TENANT_ID, ...config.ALLOWED_TENANT_IDS].map((t) => t.toLowerCase()));
  const authority = config.ENTRA_AUTHORITY_HOST.replace(/\/$/, "");
  return {
    // Entra signs every tenant's tokens with the same keys; the home tenant's discovery document names them.
    jwksUrl: () => discoverJwksUri(`${authority}/${config.ENTRA_TENANT_ID}/v2.0/.well-known/openid-configuration`),
    audiences: [config.ENTRA_CLIENT_ID, config.ENTRA_APP_ID_URI],
    issuersFor: (tid) => [`${authority}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
    tenantAllowed: (tid) => allowed.has(tid.toLowerCase()),
    requiredScope: apiScope,
  };
}

/** The local identity provider's issuer and audience; its keys live only in the local host's memory. */
export const localIssuerBase = "https://local-identity.invalid";
export const localAudience = "api://localhost/ai-strategy-board";

export function localProfile(jwksUrl: URL): IdentityProfile {
  return {
    jwksUrl,
    audiences: [localAudience],
    issuersFor: (tid) => [`${localIssuerBase}/${tid}/v2.0`],
    tenantAllowed: () => true,
    requiredScope: apiScope,
  };
}

const discovery = z.object({ jwks_uri: z.url() });

async function discoverJwksUri(documentUrl: string): Promise<URL> {
  const res = await fetch(documentUrl, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`OpenID discovery failed: ${res.status} from ${documentUrl}`);
  return new URL(discovery.parse(await res.json()).jwks_uri);
}
