import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from "jose";
import { randomUUID } from "node:crypto";
import { runsInAzure } from "../config";
import type { Role } from "./principal";
import { localAudience, localIssuerBase } from "./profiles";
import { apiScope } from "./verifyToken";

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export type Persona = { id: string; displayName: string; jobTitle: string; roles: Role[]; tenantId: string };

export type TokenClaims = {
  oid: string;
  tid: string;
  name?: string;
  roles?: string[];
  scp?: string;
  /** Seconds from now; negative issues an already expired token (tests). */
  expiresIn?: number;
  notBefore?: number;
  audience?: string;
  issuer?: string;
};

/**
 * A development-only token issuer: an RS256 key pair made at start, a JWKS document and tokens for
 * demo personas. The API verifies its tokens with exactly the code it uses for Entra.
 */
export class LocalIdentityProvider {
  private constructor(
    private readonly privateKey: SigningKey,
    private readonly jwks: JSONWebKeySet,
    private readonly kid: string,
    readonly personas: readonly Persona[],
  ) {}

  static async create(personas: readonly Persona[], env: NodeJS.ProcessEnv = process.env) {
    if (runsInAzure(env)) throw new Error("the local identity provider refuses to run in Azure");
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const kid = randomUUID();
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
    return new LocalIdentityProvider(privateKey, { keys: [jwk] }, kid, personas);
  }

  jwksDocument(): JSONWebKeySet {
    return this.jwks;
  }

  async issue(claims: TokenClaims): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      tid: claims.tid,
      oid: claims.oid,
      name: claims.name,
      roles: claims.roles,
      scp: claims.scp ?? apiScope,
      ver: "2.0",
    })
      .setProtectedHeader({ alg: "RS256", kid: this.kid, typ: "JWT" })
      .setIssuer(claims.issuer ?? `${localIssuerBase}/${claims.tid}/v2.0`)
      .setAudience(claims.audience ?? localAudience)
      .setSubject(claims.oid)
      .setIssuedAt(now)
      .setNotBefore(now + (claims.notBefore ?? 0))
      .setExpirationTime(now + (claims.expiresIn ?? 3600))
      .sign(this.privateKey);
  }

  async tokenFor(personaId: string): Promise<{ access_token: string; token_type: "Bearer"; expires_in: number } | undefined> {
    const persona = this.personas.find((p) => p.id === personaId);
    if (!persona) return undefined;
    const expiresIn = 3600;
    const token = await this.issue({
      oid: persona.id,
      tid: persona.tenantId,
      name: persona.displayName,
      roles: persona.roles,
      expiresIn,
    });
    return { access_token: token, token_type: "Bearer", expires_in: expiresIn };
  }
}
