import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { AppPackageError, buildAppPackage } from "./appPackage";
import { EnvFileError } from "./envFile";
import { EnvironmentError, environmentsWithDefaults, loadEnvironment } from "./environments";
import { keysWritten, projectFileReader, readLifecycle, steps } from "./lifecycle";

/**
 * `npm run package -- --env <name> [--out <file>]`: builds appPackage/build/appPackage.<name>.zip
 * offline from env/.env.<name> (and .env.<name>.user). Returns the process exit code.
 */
export const usage = `Usage: npm run package -- --env <local|dev|…> [--out <zip file>]

Builds the Teams app package from appPackage/ with the values of env/.env.<env> and
env/.env.<env>.user, validates it against the official manifest schema, and writes
appPackage/build/appPackage.<env>.zip (or --out). Only "local" falls back to fixed
development values for keys that are still empty; any other environment must be provisioned.`;

export interface CommandIo {
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The lifecycle file that provisions an environment, by the toolkit's naming convention. */
export function lifecycleFileFor(root: string, envName: string): string {
  const specific = join(root, `teamsapp.${envName}.yml`);
  return existsSync(specific) ? specific : join(root, "teamsapp.yml");
}

/** "TEAMS_APP_ID (written by teamsApp/create during provision)", or just the key. */
function describeMissingKey(root: string, envName: string, key: string): string {
  const lifecycleFile = lifecycleFileFor(root, envName);
  if (!existsSync(lifecycleFile)) return key;
  const read = projectFileReader(root);
  const writer = steps(readLifecycle(lifecycleFile)).find(({ action }) =>
    keysWritten(action, read).includes(key),
  );
  return writer
    ? `${key} (written by ${writer.action.uses} during ${writer.stage})`
    : `${key} (set it in env/.env.${envName})`;
}

export function runPackageCommand(argv: string[], io: CommandIo): number {
  let options: { env?: string; out?: string; help?: boolean };
  try {
    options = parseArgs({
      args: argv,
      options: { env: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options.help) {
    io.out(usage);
    return 0;
  }
  if (!options.env) {
    io.err(`--env is required.\n\n${usage}`);
    return 2;
  }
  const envName = options.env;

  try {
    const environment = loadEnvironment(join(io.root, "env"), envName);
    const built = buildAppPackage(join(io.root, "appPackage"), environment.values);
    const target = options.out
      ? resolve(options.out)
      : join(io.root, "appPackage", "build", `appPackage.${envName}.zip`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, built.zip);

    const defaults = Object.entries(environment.sources)
      .filter(([, source]) => source === "development default")
      .map(([key]) => key);
    io.out(
      `Built ${relative(io.root, target) || target} (${built.zip.length} bytes): ${built.entries.join(", ")}`,
    );
    if (defaults.length > 0) {
      io.out(
        `Development defaults used for: ${defaults.join(", ")} (run \`teamsapp provision --env ${envName}\` to register real apps).`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof AppPackageError && error.missing.length > 0) {
      const keys = error.missingKeys.map((key) => `  - ${describeMissingKey(io.root, envName, key)}`);
      const hint = environmentsWithDefaults.has(envName)
        ? ""
        : `\nProvision the environment first (\`teamsapp provision --env ${envName}\`), or set the keys in env/.env.${envName}.`;
      const others =
        error.problems.length > 0 ? `\n\nAlso:\n${error.problems.map((p) => `  - ${p}`).join("\n")}` : "";
      io.err(`Environment "${envName}" has no value for:\n${keys.join("\n")}${hint}${others}`);
      return 1;
    }
    if (
      error instanceof AppPackageError ||
      error instanceof EnvironmentError ||
      error instanceof EnvFileError
    ) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
