import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { colorIconProblems, decodePng, outlineIconProblems } from "./iconRules";
import { iconFiles, localisationFiles } from "./manifestFiles";
import { validateAgainstOwnSchema } from "./manifestSchema";
import { resolveJson } from "./placeholders";
import type { Values } from "./placeholders";
import { createZip } from "./zip";
import type { ZipEntry } from "./zip";

export interface MissingValue {
  /** The package file that holds the placeholder. */
  file: string;
  key: string;
}

export class AppPackageError extends Error {
  override name = "AppPackageError";
  constructor(
    /** Placeholders without a value. */
    readonly missing: MissingValue[],
    /** Everything else that is wrong: schema errors, icons, files. */
    readonly problems: string[],
  ) {
    const lines = [...missing.map(({ file, key }) => `${file}: no value for \${{${key}}}`), ...problems];
    super(`the Teams app package cannot be built:\n${lines.map((line) => `  - ${line}`).join("\n")}`);
  }

  /** The keys without a value, each once, in order of first use. */
  get missingKeys(): string[] {
    return [...new Set(this.missing.map((m) => m.key))];
  }
}

export interface AppPackage {
  zip: Uint8Array;
  /** Names of the zip entries, in order. */
  entries: string[];
  /** The resolved manifest, as packaged. */
  manifest: Record<string, unknown>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch (error) {
    throw new AppPackageError([], [`cannot read ${path}: ${String(error)}`]);
  }
}

/** A file named by the manifest, which must stay inside the package folder. */
function packageFile(folder: string, name: string, problems: string[]): string | undefined {
  const path = normalize(join(folder, name));
  const inside = relative(folder, path);
  if (isAbsolute(name) || inside.startsWith(`..${sep}`) || inside === "..") {
    problems.push(`"${name}" is outside the package folder`);
    return undefined;
  }
  if (!existsSync(path)) {
    problems.push(`"${name}" does not exist in ${folder}`);
    return undefined;
  }
  return path;
}

const serialise = (document: unknown): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);

/**
 * Builds the Teams app package (the zip uploaded to Teams) from appPackage/: the manifest and
 * its localisation files with every `${{KEY}}` resolved, checked against the official schema,
 * and the two icons, checked against Teams' icon rules. Nothing else goes into the zip.
 */
export function buildAppPackage(folder: string, values: Values): AppPackage {
  const problems: string[] = [];
  const missing: MissingValue[] = [];

  const template = readJson(join(folder, "manifest.json"));
  const resolvedManifest = resolveJson(template, values);
  resolvedManifest.unresolved.forEach((key) => missing.push({ file: "manifest.json", key }));
  const manifest = resolvedManifest.value as Record<string, unknown>;

  const localised: ZipEntry[] = [];
  for (const name of localisationFiles(manifest)) {
    const path = packageFile(folder, name, problems);
    if (!path) continue;
    const resolved = resolveJson(readJson(path), values);
    resolved.unresolved.forEach((key) => missing.push({ file: name, key }));
    if (resolved.unresolved.length === 0) {
      validateAgainstOwnSchema(resolved.value).forEach((error) => problems.push(`${name}: ${error}`));
    }
    localised.push({ name, data: serialise(resolved.value) });
  }

  if (resolvedManifest.unresolved.length === 0) {
    validateAgainstOwnSchema(manifest).forEach((error) => problems.push(`manifest.json: ${error}`));
  }

  const icons: ZipEntry[] = [];
  const iconNames = iconFiles(manifest);
  if (!iconNames) {
    problems.push("manifest.json: icons.color and icons.outline must name the icon files");
  } else {
    const checks = [
      [iconNames.color, colorIconProblems],
      [iconNames.outline, outlineIconProblems],
    ] as const;
    for (const [name, rules] of checks) {
      const path = packageFile(folder, name, problems);
      if (!path) continue;
      const data = new Uint8Array(readFileSync(path));
      try {
        rules(decodePng(data)).forEach((problem) => problems.push(`${name}: ${problem}`));
      } catch (error) {
        problems.push(`${name}: not a readable PNG (${String(error)})`);
      }
      icons.push({ name, data });
    }
  }

  if (missing.length > 0 || problems.length > 0) throw new AppPackageError(missing, problems);
  const entries: ZipEntry[] = [{ name: "manifest.json", data: serialise(manifest) }, ...icons, ...localised];
  return { zip: createZip(entries), entries: entries.map((e) => e.name), manifest };
}
