import { LocalIdentityProvider, type Persona } from "../auth/localIdentity";
import { config, ConfigError, type Config } from "../config";
import { generateDemoTenant } from "../seed/demoTenant";
import { demoTenantId } from "../seed/demoTenantId";
import { createServices, type Services } from "../services";
import { describeMonthlyRun, draftMonthlySnapshots } from "../store/monthlySnapshots";
import { createLocalHost } from "./localHost";
import { scheduleMonthlySnapshots } from "./scheduler";

/** The demo personas the local identity provider signs tokens for. */
export function demoPersonas(asOf: string): Persona[] {
  return generateDemoTenant({ tenantId: demoTenantId, asOf }).personas.map((p) => ({
    id: p.id,
    displayName: p.displayName,
    jobTitle: p.jobTitle,
    roles: p.roles,
    tenantId: demoTenantId,
  }));
}

/**
 * Runs the API's route table on node:http (the local stand-in for the Functions host), with the
 * local identity provider when AUTH_MODE=local. Resolves with the port once it listens.
 */
export async function startLocalApi(
  options: {
    port?: number;
    quiet?: boolean;
    settings?: Config;
    personas?: Persona[];
    now?: () => Date;
    /** Runs the monthly board snapshot job like the Functions timer does (default true). */
    monthlySnapshots?: boolean;
  } = {},
) {
  const settings = options.settings ?? config();
  const port = options.port ?? settings.API_PORT;
  const log = (level: "info" | "warn" | "error", message: string, error?: unknown) => {
    if (level === "error") console.error(message, error ?? "");
    else if (!options.quiet && level === "warn") console.warn(message);
  };
  const identity =
    settings.AUTH_MODE === "local"
      ? await LocalIdentityProvider.create(options.personas ?? demoPersonas(new Date().toISOString().slice(0, 7)))
      : undefined;
  // The local JWKS URL needs the bound port, so services are made right after listening.
  let provide: (services: Services) => void = () => undefined;
  const services = new Promise<Services>((resolve) => (provide = resolve));
  const host = createLocalHost({ services: () => services, identity, tabOrigin: settings.TAB_ORIGIN, log });
  const bound = await host.listen(port);
  provide(createServices(settings, { localJwksUrl: new URL(`http://127.0.0.1:${bound}/local-auth/jwks`), now: options.now }));
  const ready = await services;
  const schedule =
    options.monthlySnapshots === false
      ? undefined
      : scheduleMonthlySnapshots(async () => {
          try {
            const run = await draftMonthlySnapshots(ready);
            if (run.failed.length > 0) log("warn", describeMonthlyRun(run));
            else if (!options.quiet) console.log(describeMonthlyRun(run));
          } catch (error) {
            log("error", "the monthly board snapshot job failed", error);
          }
        });
  const close = async () => {
    schedule?.stop();
    await host.close();
  };
  return { port: bound, close, services: ready, identity };
}

// Run directly (tsx api/src/host/main.ts) or as the bundle (node api/dist/localHost.cjs).
const isEntry = process.argv[1] !== undefined && /(host[\\/]main\.ts|localHost\.cjs)$/.test(process.argv[1]);
if (isEntry) {
  startLocalApi().then(
    ({ port, close }) => {
      console.log(`API listening on http://127.0.0.1:${port}/api`);
      // Stopped by npm start, a test or a terminal: finish what is in flight, then exit.
      const stop = () => void close().finally(() => process.exit(0));
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
    },
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    },
  );
}
