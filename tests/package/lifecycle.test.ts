import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bicepOutputs, bicepParams } from "../../scripts/teams/bicep";
import { parseEnvFile } from "../../scripts/teams/envFile";
import { localDevelopmentDefaults } from "../../scripts/teams/environments";
import {
  allKeysWritten,
  armTemplates,
  checkEnvironmentFlow,
  keysReadDirectly,
  keysWritten,
  parseLifecycle,
  projectFileReader,
  promptedKeys,
  readLifecycle,
  steps,
} from "../../scripts/teams/lifecycle";
import type { Lifecycle, LifecycleAction } from "../../scripts/teams/lifecycle";
import { hasValue, resolveJson } from "../../scripts/teams/placeholders";
import { z } from "zod";
import {
  importProjectModule,
  projectPath,
  provisionedDevValues,
  readProjectFile,
  readProjectJson,
  repoRoot,
} from "./support";

const read = projectFileReader(repoRoot);
const environments = [
  { name: "dev", file: "teamsapp.yml" },
  { name: "local", file: "teamsapp.local.yml" },
] as const;
const lifecycles = Object.fromEntries(
  environments.map((e) => [e.name, readLifecycle(projectPath(e.file))]),
) as Record<(typeof environments)[number]["name"], Lifecycle>;
const templates = Object.fromEntries(
  environments.map((e) => [
    e.name,
    parseEnvFile(readProjectFile("env", `.env.${e.name}`), `env/.env.${e.name}`),
  ]),
) as Record<(typeof environments)[number]["name"], Record<string, string>>;

const uses = (lifecycle: Lifecycle, stage: "provision" | "deploy" | "publish") =>
  (lifecycle[stage] ?? []).map((a) => a.uses);
const only = (lifecycle: Lifecycle, name: string): LifecycleAction => {
  const found = steps(lifecycle).filter(({ action }) => action.uses === name);
  expect(found, name).toHaveLength(1);
  return found[0]!.action;
};

describe.each(environments)("lifecycle $file with env/.env.$name", ({ name, file }) => {
  const lifecycle = lifecycles[name];
  const template = templates[name];

  it("declares the toolkit schema of its version and reads env/", () => {
    const text = readProjectFile(file);
    expect(lifecycle.version).toBe("v1.8");
    expect(text.split("\n")[0]).toBe(
      `# yaml-language-server: $schema=https://aka.ms/teams-toolkit/${lifecycle.version}/yaml.schema.json`,
    );
    expect(lifecycle.environmentFolderPath).toBe("./env");
  });

  it("gives every placeholder a value before it is read: from the environment file or an earlier action", () => {
    expect(checkEnvironmentFlow(lifecycle, template, read)).toEqual([]);
  });

  it("leaves empty in the environment file only keys that an action writes or the toolkit asks for", () => {
    const written = allKeysWritten(lifecycle, read);
    const empty = Object.keys(template).filter((key) => !hasValue(template, key));
    expect(empty.filter((key) => !written.has(key) && !promptedKeys.has(key))).toEqual([]);
  });

  it("lists in the environment file every non-secret key its actions write, and no secret", () => {
    const written = [...allKeysWritten(lifecycle, read)];
    expect(written.filter((key) => !key.startsWith("SECRET_") && !(key in template))).toEqual([]);
    expect(Object.keys(template).filter((key) => key.startsWith("SECRET_"))).toEqual([]);
  });

  it("names the environment it belongs to", () => {
    expect(template["TEAMSFX_ENV"]).toBe(name);
    expect(template["APP_NAME_SUFFIX"]).toBe(` (${name})`);
  });

  it("registers the Entra app without a client secret and validates, zips and uploads the Teams package", () => {
    const provision = uses(lifecycle, "provision");
    expect(provision).toEqual(expect.arrayContaining(["teamsApp/create", "aadApp/create", "aadApp/update"]));
    expect(provision.slice(-4)).toEqual([
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(provision.indexOf("aadApp/create")).toBeLessThan(provision.indexOf("aadApp/update"));
    const create = only(lifecycle, "aadApp/create");
    expect(create.with?.["generateClientSecret"]).toBe("false");
    expect(create.with?.["signInAudience"]).toBe("AzureADMyOrg");
    expect(Object.keys(create.writeToEnvironmentFile ?? {})).not.toContain("clientSecret");
    expect(only(lifecycle, "aadApp/update").with?.["manifestPath"]).toBe("./aad.manifest.json");
    // The same manifest and zip path as `npm run package`, wherever the package is built.
    const packaging = steps(lifecycle).filter(
      ({ action }) => action.uses.startsWith("teamsApp/") && action.with,
    );
    expect(packaging.length).toBeGreaterThanOrEqual(4);
    for (const { action } of packaging) {
      const options = action.with ?? {};
      if ("manifestPath" in options) expect(options["manifestPath"]).toBe("./appPackage/manifest.json");
      if ("outputZipPath" in options)
        expect(options["outputZipPath"]).toBe("./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip");
      if ("appPackagePath" in options)
        expect(options["appPackagePath"]).toBe("./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip");
    }
  });
});

describe("the lifecycle checker", () => {
  const files: Record<string, string> = {
    "./aad.manifest.json": '{ "identifierUris": ["api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}"] }',
    "./infra/azure.bicep": "output TAB_DOMAIN string = 'x'\noutput tabEndpoint string = 'y'\n",
    "./infra/azure.parameters.json": '{ "parameters": { "a": { "value": "${{RESOURCE_SUFFIX}}" } } }',
  };
  const fakeRead = (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`no fixture ${path}`);
    return text;
  };
  const arm = [
    "  - uses: arm/deploy",
    "    with:",
    "      subscriptionId: ${{AZURE_SUBSCRIPTION_ID}}",
    "      templates:",
    "        - path: ./infra/azure.bicep",
    "          parameters: ./infra/azure.parameters.json",
  ];
  const update = ["  - uses: aadApp/update", "    with:", "      manifestPath: ./aad.manifest.json"];
  const create = [
    "  - uses: aadApp/create",
    "    writeToEnvironmentFile:",
    "      clientId: AAD_APP_CLIENT_ID",
  ];
  const lifecycle = (...actions: string[][]) =>
    parseLifecycle(["version: v1.8", "provision:", ...actions.flat()].join("\n"));

  it("accepts keys written by earlier actions, including upper-cased Bicep outputs", () => {
    const flow = lifecycle(create, arm, update, [
      "  - uses: script",
      "    with:",
      "      run: echo ${{TABENDPOINT}}",
    ]);
    expect(checkEnvironmentFlow(flow, { RESOURCE_SUFFIX: "dev" }, fakeRead)).toEqual([]);
    expect(keysWritten(flow.provision![1]!, fakeRead)).toEqual(["TAB_DOMAIN", "TABENDPOINT"]);
  });

  it("reports a key read before the action that writes it, and where it is read", () => {
    const flow = lifecycle(update, create, arm);
    expect(checkEnvironmentFlow(flow, { RESOURCE_SUFFIX: "dev" }, fakeRead)).toEqual([
      {
        stage: "provision",
        step: 1,
        uses: "aadApp/update",
        key: "TAB_DOMAIN",
        source: "./aad.manifest.json",
      },
      {
        stage: "provision",
        step: 1,
        uses: "aadApp/update",
        key: "AAD_APP_CLIENT_ID",
        source: "./aad.manifest.json",
      },
    ]);
  });

  it("reports an empty environment value that nothing writes", () => {
    expect(checkEnvironmentFlow(lifecycle(arm), { RESOURCE_SUFFIX: "" }, fakeRead)).toEqual([
      {
        stage: "provision",
        step: 1,
        uses: "arm/deploy",
        key: "RESOURCE_SUFFIX",
        source: "./infra/azure.parameters.json",
      },
    ]);
  });

  it("refuses a misspelt action property instead of ignoring it", () => {
    expect(() =>
      lifecycle([
        "  - uses: teamsApp/create",
        "    writeToEnvironmentFiles:",
        "      teamsAppId: TEAMS_APP_ID",
      ]),
    ).toThrow(/writeToEnvironmentFiles|Unrecognized key/);
  });
});

describe("teamsapp.yml and the infrastructure", () => {
  const lifecycle = lifecycles.dev;
  const armDeploy = only(lifecycle, "arm/deploy");
  const [template] = armTemplates(armDeploy);
  const bicep = read(template!.path);
  const outputs = bicepOutputs(bicep).map((o) => o.name);

  it("deploys infra/azure.bicep with infra/azure.parameters.json", () => {
    expect(armTemplates(armDeploy)).toEqual([
      { path: "./infra/azure.bicep", parameters: "./infra/azure.parameters.json" },
    ]);
    expect(existsSync(projectPath("infra", "azure.bicep"))).toBe(true);
  });

  it("reads after arm/deploy only keys that a Bicep output, an earlier action or env/.env.dev provides", () => {
    const all = steps(lifecycle);
    const armIndex = all.findIndex(({ action }) => action.uses === "arm/deploy");
    const writtenElsewhere = new Set(
      all.filter((_, i) => i !== armIndex).flatMap(({ action }) => keysWritten(action, read)),
    );
    const env = templates.dev;
    const readAfter = new Set(all.slice(armIndex + 1).flatMap(({ action }) => keysReadDirectly(action)));
    const fromArm = [...readAfter].filter(
      (key) => !hasValue(env, key) && !writtenElsewhere.has(key) && !promptedKeys.has(key),
    );
    expect(fromArm.sort()).toEqual(
      [
        "API_FUNCTION_ENDPOINT",
        "API_FUNCTION_RESOURCE_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "AZURE_STATIC_WEB_APPS_RESOURCE_ID",
        "TAB_DOMAIN",
      ].sort(),
    );
    fromArm.forEach((key) => expect(outputs, key).toContain(key));
  });

  it("names every Bicep output as the environment key the toolkit writes (upper case)", () => {
    expect(outputs.length).toBeGreaterThan(0);
    outputs.forEach((name) => expect(name).toBe(name.toUpperCase()));
    outputs.forEach((name) => expect(Object.keys(templates.dev), name).toContain(name));
  });

  it("passes exactly the Bicep parameters the template declares, including every required one", () => {
    const parameters = Object.keys(
      (readProjectJson("infra", "azure.parameters.json") as { parameters: object }).parameters,
    );
    const declared = bicepParams(bicep);
    expect(parameters.filter((p) => !declared.some((d) => d.name === p))).toEqual([]);
    expect(declared.filter((d) => !d.hasDefault && !parameters.includes(d.name)).map((d) => d.name)).toEqual(
      [],
    );
  });

  it("keeps the resource name suffix short and lower-case, as storage account names require", () => {
    expect(templates.dev["RESOURCE_SUFFIX"]).toMatch(/^[a-z0-9]{1,15}$/);
    expect(templates.dev["ALLOWED_TENANT_IDS"]).toMatch(/^(none|[0-9a-f-]{36}(,[0-9a-f-]{36})*)$/);
  });

  it("fetches the Static Web App deployment token into a secret before deploying the tab", () => {
    const token = only(lifecycle, "azureStaticWebApps/getDeploymentToken");
    expect(token.writeToEnvironmentFile).toEqual({ deploymentToken: "SECRET_TAB_SWA_DEPLOYMENT_TOKEN" });
    const upload = (lifecycle.deploy ?? []).find((a) => a.uses === "cli/runNpxCommand");
    expect(upload?.with?.["args"]).toMatch(
      /^--yes @azure\/static-web-apps-cli@\S+ deploy \.\/tab\/dist --deployment-token \$\{\{SECRET_TAB_SWA_DEPLOYMENT_TOKEN\}\} --env production$/,
    );
  });
});

describe("deploy", () => {
  const deploy = lifecycles.dev.deploy ?? [];
  const npm = (args: string) =>
    deploy.findIndex((a) => a.uses === "cli/runNpmCommand" && a.with?.["args"] === args);

  it("installs, builds and uploads the tab, then builds and zip-deploys the API", () => {
    expect(deploy.map((a) => a.uses)).toEqual([
      "cli/runNpmCommand",
      "cli/runNpmCommand",
      "cli/runNpxCommand",
      "cli/runNpmCommand",
      "azureFunctions/zipDeploy",
    ]);
    expect(npm("ci --no-audit --no-fund")).toBe(0);
    expect(npm("run build -w tab")).toBe(1);
    expect(npm("run build -w api")).toBe(3);
  });

  it("builds the tab with the Entra settings, the API URL and the scope the API accepts", () => {
    const env = deploy[npm("run build -w tab")]?.env;
    expect(env).toEqual({
      VITE_AUTH_MODE: "entra",
      VITE_ENTRA_CLIENT_ID: "${{AAD_APP_CLIENT_ID}}",
      VITE_ENTRA_TENANT_ID: "${{AAD_APP_TENANT_ID}}",
      VITE_API_BASE_URL: "${{API_FUNCTION_ENDPOINT}}/api",
      VITE_API_SCOPE: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}/access_as_user",
      VITE_APPINSIGHTS_CONNECTION_STRING: "${{APPLICATIONINSIGHTS_CONNECTION_STRING}}",
    });
    const aad = readProjectJson("aad.manifest.json") as {
      identifierUris: string[];
      api: { oauth2PermissionScopes: Array<{ value: string }> };
    };
    expect(env?.["VITE_API_SCOPE"]).toBe(
      `${aad.identifierUris[0]}/${aad.api.oauth2PermissionScopes[0]?.value}`,
    );
  });

  it("zip-deploys api/ to the Function App without what api/.funcignore leaves out", () => {
    const zipDeploy = deploy.find((a) => a.uses === "azureFunctions/zipDeploy");
    expect(zipDeploy?.with).toEqual({
      artifactFolder: "./api",
      ignoreFile: "./api/.funcignore",
      resourceId: "${{API_FUNCTION_RESOURCE_ID}}",
    });
    const ignore = readProjectFile("api", ".funcignore")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"));
    // Everything is excluded, then the bundle, the host configuration and package.json come back.
    expect(ignore).toEqual(["*", "!dist/", "!dist/**", "!host.json", "!package.json"]);
    const main = (readProjectJson("api", "package.json") as { main: string }).main;
    expect(main).toMatch(/^dist\/[^/]+\.cjs$/);
  });

  it("configures the Functions host for the v4 extension bundle", () => {
    const host = readProjectJson("api", "host.json") as {
      version: string;
      extensionBundle: { id: string; version: string };
      extensions: { http: { routePrefix: string } };
      logging: { applicationInsights: { samplingSettings: { isEnabled: boolean } } };
    };
    expect(host.version).toBe("2.0");
    expect(host.extensionBundle).toEqual({
      id: "Microsoft.Azure.Functions.ExtensionBundle",
      version: "[4.*, 5.0.0)",
    });
    // The tab calls ${API_FUNCTION_ENDPOINT}/api/…
    expect(host.extensions.http.routePrefix).toBe("api");
    expect(host.logging.applicationInsights.samplingSettings.isEnabled).toBe(true);
  });
});

describe("publish", () => {
  it("validates, zips, updates and submits the package to the Teams admin center", () => {
    expect(uses(lifecycles.dev, "publish")).toEqual([
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
      "teamsApp/publishAppPackage",
    ]);
  });
});

describe("local debugging (teamsapp.local.yml)", () => {
  const lifecycle = lifecycles.local;
  const env = templates.local;
  const files = (lifecycle.deploy ?? []).filter((a) => a.uses === "file/createOrUpdateEnvironmentFile");
  const envsFor = (target: string) => {
    const action = files.find((a) => a.with?.["target"] === target);
    expect(action, target).toBeDefined();
    return action?.with?.["envs"] as Record<string, string>;
  };

  it("serves the tab over https on port 53000, as the package's development defaults assume", () => {
    expect(env["TAB_DOMAIN"]).toBe("localhost:53000");
    expect(env["TAB_ENDPOINT"]).toBe(`https://${env["TAB_DOMAIN"]}`);
    expect(localDevelopmentDefaults["TAB_DOMAIN"]).toBe(env["TAB_DOMAIN"]);
    expect(localDevelopmentDefaults["TAB_ENDPOINT"]).toBe(env["TAB_ENDPOINT"]);
    expect(envsFor("./tab/.env.teamsfx.local")["PORT"]).toBe("53000");
  });

  it("installs a trusted development certificate and hands it to the tab's dev server", () => {
    const install = only(lifecycle, "devTool/install");
    expect(install.with?.["devCert"]).toEqual({ trust: "true" });
    expect(install.writeToEnvironmentFile).toEqual({
      sslCertFile: "SSL_CRT_FILE",
      sslKeyFile: "SSL_KEY_FILE",
    });
    const tab = envsFor("./tab/.env.teamsfx.local");
    expect(tab["SSL_CRT_FILE"]).toBe("${{SSL_CRT_FILE}}");
    expect(tab["SSL_KEY_FILE"]).toBe("${{SSL_KEY_FILE}}");
  });

  it("gives the tab the same Entra settings as in Azure, calling the local API", () => {
    const tab = envsFor("./tab/.env.teamsfx.local");
    const azure = (lifecycles.dev.deploy ?? []).find((a) => a.env?.["VITE_AUTH_MODE"])?.env ?? {};
    const vite = Object.fromEntries(Object.entries(tab).filter(([key]) => key.startsWith("VITE_")));
    const { VITE_APPINSIGHTS_CONNECTION_STRING: _telemetry, ...azureWithoutTelemetry } = azure;
    expect(vite).toEqual(azureWithoutTelemetry);
    expect(env["API_FUNCTION_ENDPOINT"]).toBe("http://localhost:7071");
  });

  it("starts the API's local host in entra mode with the settings its config requires", async () => {
    const api = envsFor("./api/.env.teamsfx.local");
    expect(api).toEqual({
      AUTH_MODE: "entra",
      ENTRA_CLIENT_ID: "${{AAD_APP_CLIENT_ID}}",
      ENTRA_TENANT_ID: "${{AAD_APP_TENANT_ID}}",
      ENTRA_APP_ID_URI: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}",
      TAB_ORIGIN: "${{TAB_ENDPOINT}}",
    });
    // Resolved as after `teamsapp provision --env local`, the API's own config accepts them.
    const { loadConfig } = z
      .object({ loadConfig: z.function() })
      .parse(await importProjectModule("api", "src", "config.ts")) as {
      loadConfig: (env: Record<string, string>) => unknown;
    };
    const values = {
      ...env,
      AAD_APP_CLIENT_ID: provisionedDevValues["AAD_APP_CLIENT_ID"]!,
      AAD_APP_TENANT_ID: provisionedDevValues["AAD_APP_TENANT_ID"]!,
    };
    const resolved = resolveJson(api, values);
    expect(resolved.unresolved).toEqual([]);
    const settings = {
      ...(resolved.value as Record<string, string>),
      STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true",
    };
    expect(loadConfig(settings)).toMatchObject({
      AUTH_MODE: "entra",
      ENTRA_APP_ID_URI: `api://localhost:53000/${values.AAD_APP_CLIENT_ID}`,
    });
  });
});
