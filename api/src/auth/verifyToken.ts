import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { AppError, serviceUnavailable, unauthorized } from "../errors";
import { roles as knownRoles, type Principal, type Role } from "./principal";

/**
 * Who may sign tokens for this API and what they must say. Entra and the local identity provider
 * are two profiles of the same verification code.
 */
export type IdentityProfile = {
  /** Where the signing keys are published (resolved once, e.g. from an OpenID discovery document). */
  jwksUrl: URL | (() => Promise<URL>);
  /** Accepted `aud` values. */
  audiences: string[];
  /** Accepted `iss` values for a token of tenant `tid`. */
  issuersFor: (tid: string) => string[];
  tenantAllowed: (tid: string) => boolean;
  requiredScope: string;
};

export const apiScope = "access_as_user";
const clockToleranceSeconds = 300;

const claims = z.object({
  iss: z.string(),
  tid: z.string().min(1).max(64),
  oid: z.string().min(1).max(64),
  name: z.string().max(200).optional(),
  preferred_username: z.string().max(200).optional(),
  scp: z.string().max(2000).optional(),
  roles: z.array(z.string().max(100)).max(50).optional(),
});

export type TokenVerifier = (authorization: string | null) => Promise<Principal>;

/** How many verified tokens a process remembers (a token per signed-in user and hour). */
const verifiedTokensKept = 2000;

export type VerifierOptions = {
  /** The signing keys, instead of the profile's JWKS URL. */
  keys?: JWTVerifyGetKey;
  /** The clock; tests may move it. */
  now?: () => Date;
};

export function createTokenVerifier(profile: IdentityProfile, options: VerifierOptions = {}): TokenVerifier {
  const now = options.now ?? (() => new Date());
  const keys = options.keys;
  // Fetched once, cached, refetched on an unknown kid (with jose's cooldown against key-spraying).
  let remote: Promise<JWTVerifyGetKey> | undefined;
  const jwks: JWTVerifyGetKey =
    keys ??
    (async (header, token) => {
      remote ??= (typeof profile.jwksUrl === "function" ? profile.jwksUrl() : Promise.resolve(profile.jwksUrl)).then(
        (url) => createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 12 * 3600_000 }),
        (error: unknown) => {
          remote = undefined;
          throw error;
        },
      );
      const getKey = await remote.catch(() => {
        throw serviceUnavailable(5);
      });
      return getKey(header, token);
    });
  // A token already verified (the very same string: any changed byte is another key) stands for
  // the same principal until it expires, so a signed-in user's requests skip the RSA check. Only
  // accepted tokens are kept; an entry is dropped once its token's expiry (with the tolerance) passes.
  const verified = new Map<string, { principal: Principal; validUntil: number }>();
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? "");
    if (!match) throw unauthorized("send an access token as 'Authorization: Bearer <token>'");
    const token = match[1] as string;
    const known = verified.get(token);
    if (known) {
      if (now().getTime() < known.validUntil) return known.principal;
      verified.delete(token);
    }
    let payload: { exp?: number } & Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ["RS256"],
        audience: profile.audiences,
        clockTolerance: clockToleranceSeconds,
        currentDate: now(),
        requiredClaims: ["exp", "iss", "tid", "oid"],
      }));
    } catch (error) {
      // Keys that cannot be fetched are our outage, not the caller's bad token.
      if (error instanceof AppError) throw error;
      if (error instanceof joseErrors.JWKSTimeout) throw serviceUnavailable(5);
      throw unauthorized(describe(error));
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw unauthorized("the token lacks the tenant or user claims");
    const c = parsed.data;
    if (!profile.tenantAllowed(c.tid)) throw unauthorized("the token's tenant is not allowed to use this app");
    if (!profile.issuersFor(c.tid).includes(c.iss)) throw unauthorized("the token's issuer is not trusted");
    if (!(c.scp ?? "").split(" ").includes(profile.requiredScope))
      throw unauthorized(`the token lacks the '${profile.requiredScope}' scope`);
    const principal: Principal = {
      id: c.oid,
      tenantId: c.tid,
      name: c.name ?? c.preferred_username ?? c.oid,
      roles: (c.roles ?? []).filter((r): r is Role => (knownRoles as readonly string[]).includes(r)),
    };
    verified.set(token, { principal, validUntil: ((payload.exp ?? 0) + clockToleranceSeconds) * 1000 });
    if (verified.size > verifiedTokensKept) verified.delete(verified.keys().next().value as string);
    return principal;
  };
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "the token has expired";
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's '${error.claim}' claim is not accepted`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return "the token was signed with an unknown key";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return "the token's signing algorithm is not accepted";
  return "the token is not valid";
}
