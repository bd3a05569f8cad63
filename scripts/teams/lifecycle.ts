import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { bicepOutputs } from "./bicep";
import { hasValue, placeholderKeys, placeholderKeysIn } from "./placeholders";
import type { Values } from "./placeholders";
import { localisationFiles } from "./manifestFiles";
import { parseYaml } from "./yaml";
import type { YamlValue } from "./yaml";

/**
 * The lifecycle files (teamsapp.yml, teamsapp.local.yml) and the flow of environment values
 * through them: which `${{KEY}}` each action reads, directly or through the files it is given
 * (Teams manifest and its localisation files, Entra manifest, ARM parameters), and which keys
 * each action writes (writeToEnvironmentFile, and arm/deploy's Bicep outputs).
 */
const yamlValue: z.ZodType<YamlValue> = z.lazy(() =>
  z.union([z.string(), z.null(), z.array(yamlValue), z.record(z.string(), yamlValue)]),
);

// Unknown action properties are refused (a misspelt writeToEnvironmentFile would silently write
// nothing); unknown top-level ones are kept, as the toolkit adds some (projectId, …) itself.
const action = z.strictObject({
  uses: z.string().min(1),
  name: z.string().optional(),
  with: z.record(z.string(), yamlValue).optional(),
  env: z.record(z.string(), z.string()).optional(),
  writeToEnvironmentFile: z.record(z.string(), z.string().regex(/^[A-Z][A-Z0-9_]*$/)).optional(),
});

export const lifecycleSchema = z.looseObject({
  version: z.string().min(1),
  environmentFolderPath: z.string().optional(),
  provision: z.array(action).optional(),
  deploy: z.array(action).optional(),
  publish: z.array(action).optional(),
});

export type LifecycleAction = z.infer<typeof action>;
export type Lifecycle = z.infer<typeof lifecycleSchema>;

/** Stages in the order they run: deploy and publish see what provision wrote. */
export const stages = ["provision", "deploy", "publish"] as const;
export type Stage = (typeof stages)[number];

/** Keys the toolkit asks the user for when they are empty, instead of failing. */
export const promptedKeys: ReadonlySet<string> = new Set([
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_RESOURCE_GROUP_NAME",
]);

export function parseLifecycle(text: string, source = "lifecycle file"): Lifecycle {
  const parsed = lifecycleSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`${source} is not a valid lifecycle file:\n${issues.join("\n")}`);
  }
  return parsed.data;
}

export function readLifecycle(path: string): Lifecycle {
  return parseLifecycle(readFileSync(path, "utf8"), path);
}

export interface StepRef {
  stage: Stage;
  /** 1-based position of the action in its stage. */
  step: number;
  action: LifecycleAction;
}

export function steps(lifecycle: Lifecycle): StepRef[] {
  return stages.flatMap((stage) =>
    (lifecycle[stage] ?? []).map((action, i) => ({ stage, step: i + 1, action })),
  );
}

function stringOption(action: LifecycleAction, option: string): string | undefined {
  const value = action.with?.[option];
  return typeof value === "string" ? value : undefined;
}

export interface ArmTemplate {
  path: string;
  parameters: string | undefined;
}

export function armTemplates(action: LifecycleAction): ArmTemplate[] {
  const templates = action.with?.["templates"];
  if (!Array.isArray(templates)) return [];
  return templates.flatMap((template) => {
    if (template === null || typeof template !== "object" || Array.isArray(template)) return [];
    const path = template["path"];
    const parameters = template["parameters"];
    return typeof path === "string"
      ? [{ path, parameters: typeof parameters === "string" ? parameters : undefined }]
      : [];
  });
}

/** Reads a project file; paths are relative to the lifecycle file's folder (the project root). */
export type ProjectFileReader = (relativePath: string) => string;

export function projectFileReader(projectRoot: string): ProjectFileReader {
  return (relativePath) => readFileSync(join(projectRoot, relativePath), "utf8");
}

/** The files an action reads placeholders from, with the placeholder keys of each. */
export function filesReadBy(action: LifecycleAction, read: ProjectFileReader): Map<string, string[]> {
  const files = new Map<string, string[]>();
  const manifestPath = stringOption(action, "manifestPath");
  if (
    manifestPath &&
    (action.uses === "teamsApp/validateManifest" || action.uses === "teamsApp/zipAppPackage")
  ) {
    const manifest: unknown = JSON.parse(read(manifestPath));
    files.set(manifestPath, placeholderKeysIn(manifest));
    for (const file of localisationFiles(manifest)) {
      const path = join(dirname(manifestPath), file);
      files.set(path, placeholderKeys(read(path)));
    }
  }
  if (manifestPath && action.uses === "aadApp/update") {
    files.set(manifestPath, placeholderKeys(read(manifestPath)));
  }
  if (action.uses === "arm/deploy") {
    for (const template of armTemplates(action)) {
      if (template.parameters) files.set(template.parameters, placeholderKeys(read(template.parameters)));
    }
  }
  return files;
}

/** Keys an action reads directly (its options and environment), not counting its output names. */
export function keysReadDirectly(action: LifecycleAction): string[] {
  return placeholderKeysIn([action.with ?? {}, action.env ?? {}]);
}

/**
 * Keys an action writes into the environment file. arm/deploy writes one key per output of each
 * top-level template, the output name upper-cased (outputs of modules are not written).
 */
export function keysWritten(action: LifecycleAction, read: ProjectFileReader): string[] {
  const written = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === "arm/deploy") {
    for (const template of armTemplates(action)) {
      written.push(...bicepOutputs(read(template.path)).map((output) => output.name.toUpperCase()));
    }
  }
  return written;
}

export interface FlowProblem {
  stage: Stage;
  step: number;
  uses: string;
  key: string;
  /** "options" when the action reads the key itself, else the file that holds the placeholder. */
  source: string;
}

/**
 * Every key read by an action must have a value in the environment file, be one the toolkit asks
 * for, or have been written by an earlier action. Returns the keys that break that rule.
 */
export function checkEnvironmentFlow(
  lifecycle: Lifecycle,
  env: Values,
  read: ProjectFileReader,
): FlowProblem[] {
  const available = new Set(Object.keys(env).filter((key) => hasValue(env, key)));
  promptedKeys.forEach((key) => available.add(key));
  const problems: FlowProblem[] = [];
  for (const { stage, step, action } of steps(lifecycle)) {
    const reads: Array<[string, string[]]> = [
      ["options", keysReadDirectly(action)],
      ...filesReadBy(action, read),
    ];
    for (const [source, keys] of reads) {
      for (const key of keys) {
        if (!available.has(key)) problems.push({ stage, step, uses: action.uses, key, source });
      }
    }
    keysWritten(action, read).forEach((key) => available.add(key));
  }
  return problems;
}

/** Every key written by any action of the lifecycle. */
export function allKeysWritten(lifecycle: Lifecycle, read: ProjectFileReader): Set<string> {
  return new Set(steps(lifecycle).flatMap(({ action }) => keysWritten(action, read)));
}
