import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * Offline validation against the official Teams app manifest schemas (JSON Schema draft-04)
 * shipped in @microsoft/app-manifest, chosen from a document's own `$schema` URL.
 */
const require = createRequire(import.meta.url);

/** Folder of the shipped Teams schemas: one sub-folder per manifest version (v1.0 … vDevPreview). */
export const teamsSchemaFolder: string = join(
  dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
);

/** Official schema URLs, with or without a locale: …/json-schemas/teams/v1.30/MicrosoftTeams.schema.json */
const schemaUrlPattern =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/([A-Za-z.]+\.json)$/i;

/** The shipped schema file for an official schema URL; throws for any other URL. */
export function schemaFileFor(schemaUrl: string): string {
  const match = schemaUrlPattern.exec(schemaUrl);
  if (!match) throw new Error(`"${schemaUrl}" is not an official Teams manifest schema URL`);
  const version = match[1] as string;
  const file = match[2] as string;
  const versionFolder = readdirSync(teamsSchemaFolder).find((v) => v.toLowerCase() === version.toLowerCase());
  const path = versionFolder && join(teamsSchemaFolder, versionFolder, file);
  if (!path || !existsSync(path)) {
    throw new Error(
      `@microsoft/app-manifest ships no schema for ${schemaUrl} (looked in ${teamsSchemaFolder})`,
    );
  }
  return path;
}

/** The manifest versions (v1.x) the installed package ships schemas for, oldest first. */
export function shippedManifestVersions(): string[] {
  return readdirSync(teamsSchemaFolder)
    .filter((name) => /^v1\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
}

// The localisation schema has a pattern that is not a valid Unicode-mode regular expression
// ("\b…\b]"), so patterns are compiled without the `u` flag, as JSON Schema draft-04 intends.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    // Some published schemas contain \a and \v escapes, which JSON does not allow.
    const raw = readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
    validate = ajv.compile(JSON.parse(raw) as object);
    validators.set(schemaFile, validate);
  }
  return validate;
}

/**
 * Validates a manifest or localisation file against the schema its `$schema` names.
 * Returns one readable line per error; an empty list means valid.
 */
export function validateAgainstOwnSchema(document: unknown): string[] {
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return ["the document is not a JSON object"];
  }
  const schemaUrl = (document as { $schema?: unknown }).$schema;
  if (typeof schemaUrl !== "string") return ["the document has no $schema"];
  const validate = validatorFor(schemaFileFor(schemaUrl));
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => {
    const where = error.instancePath === "" ? "(root)" : error.instancePath;
    const details =
      error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : "";
    return `${where} ${error.message ?? "is invalid"}${details}`;
  });
}
