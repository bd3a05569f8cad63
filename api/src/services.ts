import { createTokenVerifier, type TokenVerifier } from "./auth/verifyToken";
import { entraProfile, localProfile } from "./auth/profiles";
import type { Config } from "./config";
import { createStorageClients, type StorageClients } from "./store/clients";
import { TenantDataCache } from "./store/tenantData";
import { BoardCache } from "./store/boardCache";
import type { BoardView } from "./domain/board";

/** What every handler may use, created once per process (the composition root). */
export type Services = {
  storage: StorageClients;
  tenantData: TenantDataCache;
  boardCache: BoardCache<BoardView>;
  verifyToken: TokenVerifier;
  /** The clock; tests may fix it. */
  now: () => Date;
};

export type ServiceOptions = {
  /** In local mode: where the local identity provider publishes its keys. */
  localJwksUrl?: URL;
  now?: () => Date;
};

export function createServices(config: Config, options: ServiceOptions = {}): Services {
  const storage = createStorageClients(config);
  let profile;
  if (config.AUTH_MODE === "entra") profile = entraProfile(config);
  else {
    if (!options.localJwksUrl) throw new Error("local auth mode needs the local identity provider's JWKS URL");
    profile = localProfile(options.localJwksUrl);
  }
  const tenantData = new TenantDataCache(storage);
  return {
    storage,
    tenantData,
    boardCache: new BoardCache<BoardView>(tenantData),
    verifyToken: createTokenVerifier(profile),
    now: options.now ?? (() => new Date()),
  };
}
