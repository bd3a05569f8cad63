import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  bicepModules,
  bicepOutputs,
  bicepParams,
  findKeyMaterial,
  moduleOutputReferences,
  objectVariableBody,
  objectVariableKeys,
  propertyBody,
  resourceBody,
  scanBicep,
} from "../../scripts/teams/bicep";
import { importProjectModule, projectPath, readProjectFile, readProjectJson } from "./support";

const bicepFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? bicepFiles(join(folder, entry.name))
      : entry.name.endsWith(".bicep")
        ? [join(folder, entry.name)]
        : [],
  );
const infraFiles = bicepFiles(projectPath("infra")).map((path) => relative(projectPath(), path));
const read = (path: string) => readProjectFile(path);
const main = read("infra/azure.bicep");
const storage = read("infra/modules/storage.bicep");
const functionApp = read("infra/modules/functionApp.bicep");
const storageAccess = read("infra/modules/storageAccess.bicep");

/** Code with comments removed and all whitespace runs collapsed to one space. */
const flat = (text: string | undefined): string => scanBicep(text ?? "").withoutComments.replace(/\s+/g, " ");

/** The literal default of `param NAME type = 'value'`. */
const paramDefault = (text: string, name: string): string | undefined =>
  new RegExp(`^param ${name} \\w+ = '([^']*)'`, "m").exec(text)?.[1];

const apiConfig = z.object({
  requiredAzureSettings: z.array(z.string()).readonly(),
  loadConfig: z.function(),
});

async function apiConfigModule() {
  const module = apiConfig.parse(await importProjectModule("api", "src", "config.ts"));
  return {
    ...module,
    loadConfig: module.loadConfig as (env: Record<string, string>) => Record<string, unknown>,
  };
}

describe("Function App settings", () => {
  const apiSettings = objectVariableKeys(main, "apiSettings") ?? [];

  it("include every setting the API requires in Azure (requiredAzureSettings in api/src/config.ts)", async () => {
    const { requiredAzureSettings } = await apiConfigModule();
    expect(requiredAzureSettings.length).toBeGreaterThan(0);
    expect(requiredAzureSettings.filter((key) => !apiSettings.includes(key))).toEqual([]);
  });

  it("are the API's settings for Entra sign-in, storage over identity and telemetry", () => {
    expect(apiSettings.sort()).toEqual(
      [
        "ALLOWED_TENANT_IDS",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "AUTH_MODE",
        "ENTRA_APP_ID_URI",
        "ENTRA_CLIENT_ID",
        "ENTRA_TENANT_ID",
        "SNAPSHOT_CONTAINER",
        "STORAGE_ACCOUNT_NAME",
        "TABLE_NAME",
      ].sort(),
    );
    expect(apiSettings).not.toContain("STORAGE_CONNECTION_STRING");
    expect(flat(objectVariableBody(main, "apiSettings"))).toContain("AUTH_MODE: 'entra'");
  });

  it("make a configuration the API accepts when it runs in Azure", async () => {
    const { loadConfig } = await apiConfigModule();
    const clientId = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
    const sample: Record<string, string> = {
      AUTH_MODE: "entra",
      ENTRA_CLIENT_ID: clientId,
      ENTRA_TENANT_ID: "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
      ENTRA_APP_ID_URI: `api://gentle-river-0a1b2c3d4.5.azurestaticapps.net/${clientId}`,
      // allowedTenantIds = "none" becomes an empty list.
      ALLOWED_TENANT_IDS: "",
      STORAGE_ACCOUNT_NAME: "stboarddevabcdefghijklm",
      TABLE_NAME: paramDefault(main, "tableName") ?? "",
      SNAPSHOT_CONTAINER: paramDefault(main, "snapshotContainerName") ?? "",
      APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=00000000-0000-0000-0000-000000000000",
    };
    expect(Object.keys(sample).sort()).toEqual([...apiSettings].sort());
    const inAzure: Record<string, string> = { ...sample, WEBSITE_SITE_NAME: "func-boarddev-abc" };
    expect(loadConfig(inAzure)).toMatchObject({
      AUTH_MODE: "entra",
      TABLE_NAME: "board",
      SNAPSHOT_CONTAINER: "snapshots",
    });
    const { STORAGE_ACCOUNT_NAME: _storage, ...withoutStorage } = inAzure;
    expect(() => loadConfig(withoutStorage)).toThrow(/STORAGE_ACCOUNT_NAME/);
  });

  it('map a single-tenant install ("none") to no extra tenants', () => {
    expect(flat(main)).toContain("var extraTenantIds = toLower(trim(allowedTenantIds)) == 'none' ? '' :");
    expect(flat(objectVariableBody(main, "apiSettings"))).toContain("ALLOWED_TENANT_IDS: extraTenantIds");
  });

  it("give the API the identifier URI that aad.manifest.json declares: api://<TAB_DOMAIN>/<client id>", () => {
    const tabDomain = /^output TAB_DOMAIN string = (.+)$/m.exec(main)?.[1];
    expect(tabDomain).toBe("staticWebApp.outputs.defaultHostname");
    expect(flat(objectVariableBody(main, "apiSettings"))).toContain(
      `ENTRA_APP_ID_URI: 'api://\${${tabDomain}}/\${entraClientId}'`,
    );
    const parameters = readProjectJson("infra", "azure.parameters.json") as {
      parameters: Record<string, { value: string }>;
    };
    expect(parameters.parameters["entraClientId"]?.value).toBe("${{AAD_APP_CLIENT_ID}}");
    expect((readProjectJson("aad.manifest.json") as { identifierUris: string[] }).identifierUris).toEqual([
      "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}",
    ]);
  });

  it("connect the Functions host to storage with its identity, and add nothing Flex Consumption refuses", () => {
    expect(objectVariableKeys(functionApp, "hostSettings")).toEqual([
      "AzureWebJobsStorage__accountName",
      "AzureWebJobsStorage__credential",
    ]);
    expect(flat(objectVariableBody(functionApp, "hostSettings"))).toContain(
      "AzureWebJobsStorage__credential: 'managedidentity'",
    );
    expect(flat(resourceBody(functionApp, "settings"))).toContain(
      "name: 'appsettings' properties: union(hostSettings, appSettings)",
    );
    for (const file of infraFiles) {
      const code = scanBicep(read(file)).withoutComments;
      for (const forbidden of [
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_EXTENSION_VERSION",
        "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_NODE_DEFAULT_VERSION",
        "WEBSITE_CONTENTSHARE",
      ]) {
        expect(code, `${file}: ${forbidden}`).not.toContain(forbidden);
      }
    }
  });
});

describe("no keys", () => {
  it.each(infraFiles)("%s uses no storage key, SAS or key-based connection string", (file) => {
    expect(findKeyMaterial(read(file))).toEqual([]);
  });

  it("outputs nothing secret", () => {
    for (const file of infraFiles) {
      const outputs = flat(read(file))
        .split(" output ")
        .slice(1)
        .map((o) => o.slice(0, 200));
      outputs.forEach((output) => expect(output, file).not.toMatch(/list\w*\(|@secure|AccountKey|keys\[/i));
    }
  });
});

describe("storage account", () => {
  const account = flat(resourceBody(storage, "storageAccount"));

  it("accepts only Entra ID, over TLS 1.2+, with no public blobs", () => {
    expect(account).toContain("kind: 'StorageV2'");
    expect(account).toContain("allowSharedKeyAccess: false");
    expect(account).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(account).toContain("allowBlobPublicAccess: false");
    expect(account).toContain("supportsHttpsTrafficOnly: true");
    expect(account).toContain("defaultToOAuthAuthentication: true");
  });

  it("versions blobs, and supports version-level immutability in the snapshots container", () => {
    expect(flat(resourceBody(storage, "blobService"))).toContain("isVersioningEnabled: true");
    const snapshots = flat(resourceBody(storage, "snapshotContainer"));
    expect(snapshots).toContain("parent: blobService name: snapshotContainerName");
    expect(snapshots).toContain("immutableStorageWithVersioning: { enabled: true }");
    expect(snapshots).toContain("publicAccess: 'None'");
    expect(paramDefault(main, "snapshotContainerName")).toBe("snapshots");
  });

  it("has the board table and a private container for the deployment package", () => {
    expect(flat(resourceBody(storage, "table"))).toContain("parent: tableService name: tableName");
    expect(paramDefault(main, "tableName")).toBe("board");
    expect(flat(resourceBody(storage, "deploymentContainer"))).toContain("publicAccess: 'None'");
    expect(flat(main)).toContain(
      "deploymentContainerUrl: '${storage.outputs.blobEndpoint}${deploymentContainerName}'",
    );
  });

  it("grants the Function App's identity table and blob data roles on the account only", () => {
    const roles = Object.values(
      Object.fromEntries(
        [...flat(objectVariableBody(storageAccess, "roles")).matchAll(/(\w+): '([0-9a-f-]{36})'/g)].map(
          (m) => [m[1], m[2]],
        ),
      ),
    );
    expect(roles.sort()).toEqual(
      [
        "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner (Functions host over identity)
      ].sort(),
    );
    const assignment = flat(resourceBody(storageAccess, "roleAssignments"));
    expect(assignment).toContain("scope: storageAccount");
    expect(assignment).toContain("principalId: principalId principalType: 'ServicePrincipal'");
    expect(flat(main)).toContain("principalId: functionApp.outputs.principalId");
  });
});

describe("Function App", () => {
  const site = resourceBody(functionApp, "functionApp");
  const config = flat(propertyBody(site ?? "", "functionAppConfig"));

  it("runs Node 20 on the Flex Consumption plan", () => {
    expect(flat(resourceBody(functionApp, "plan"))).toContain("sku: { name: 'FC1' tier: 'FlexConsumption' }");
    expect(config).toContain("runtime: { name: 'node' version: nodeVersion }");
    expect(paramDefault(functionApp, "nodeVersion")).toBe("20");
    expect(flat(site)).toContain("kind: 'functionapp,linux'");
  });

  it("has a system-assigned identity and deploys its package from blob storage with it", () => {
    expect(flat(site)).toContain("identity: { type: 'SystemAssigned' }");
    expect(config).toContain(
      "storage: { type: 'blobContainer' value: deploymentContainerUrl authentication: { type: 'SystemAssignedIdentity' } }",
    );
  });

  it("serves https only and lets only the tab's origin call it from a browser", () => {
    expect(flat(site)).toContain("httpsOnly: true");
    expect(flat(propertyBody(site ?? "", "cors"))).toBe(
      " allowedOrigins: allowedOrigins supportCredentials: false ",
    );
    expect(flat(main)).toContain("allowedOrigins: [ 'https://${staticWebApp.outputs.defaultHostname}' ]");
  });

  it("allows no publishing with user names and passwords", () => {
    for (const name of ["ftpPublishing", "scmPublishing"]) {
      expect(flat(resourceBody(functionApp, name)), name).toContain("properties: { allow: false }");
    }
  });
});

describe("templates", () => {
  const modules = bicepModules(main);

  it("use modules that exist, with the parameters they declare", () => {
    expect(modules.map((m) => m.name).sort()).toEqual([
      "functionApp",
      "monitoring",
      "staticWebApp",
      "storage",
      "storageAccess",
    ]);
    for (const module of modules) {
      const path = join(projectPath("infra"), module.path);
      expect(existsSync(path), module.path).toBe(true);
      const declared = bicepParams(read(relative(projectPath(), path)));
      expect(
        module.params.filter((p) => !declared.some((d) => d.name === p)),
        module.name,
      ).toEqual([]);
      expect(
        declared.filter((d) => !d.hasDefault && !module.params.includes(d.name)).map((d) => d.name),
        module.name,
      ).toEqual([]);
    }
  });

  it("read only outputs their modules declare", () => {
    const references = moduleOutputReferences(main);
    expect(references.length).toBeGreaterThan(0);
    for (const [symbol, output] of references) {
      const module = modules.find((m) => m.name === symbol);
      expect(module, symbol).toBeDefined();
      const outputs = bicepOutputs(
        read(relative(projectPath(), join(projectPath("infra"), module!.path))),
      ).map((o) => o.name);
      expect(outputs, `${symbol}.outputs.${output}`).toContain(output);
    }
  });

  it("describe every parameter", () => {
    for (const file of infraFiles) {
      const lines = scanBicep(read(file)).codeOnly.split("\n");
      const text = read(file).split("\n");
      lines.forEach((line, i) => {
        if (!/^param /.test(line)) return;
        // The decorators are the lines right above the declaration, up to a blank line.
        let first = i;
        while (first > 0 && text[first - 1]!.trim() !== "") first--;
        expect(text.slice(first, i).join("\n"), `${file}: ${text[i]}`).toMatch(/^@description\(/m);
      });
    }
  });

  it("name resources from the base name, the abbreviations and a unique token", () => {
    const abbreviations = Object.keys(readProjectJson("infra", "abbreviations.json") as object);
    const used = [...main.matchAll(/abbrs\.(\w+)/g)].map((m) => m[1] as string);
    expect(used.length).toBeGreaterThanOrEqual(6);
    expect(used.filter((a) => !abbreviations.includes(a))).toEqual([]);
    // Storage account names: at most 24 characters ('st' + 9 + the 13 of uniqueString).
    expect(flat(main)).toContain(
      "name: '${abbrs.storageStorageAccounts}${take(replace(baseName, '-', ''), 9)}${resourceToken}'",
    );
    expect(flat(main)).toContain(
      "var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, location, resourceBaseName))",
    );
  });

  it("send telemetry to a workspace-based Application Insights and host the tab on a Static Web App", () => {
    const monitoring = read("infra/modules/monitoring.bicep");
    expect(flat(resourceBody(monitoring, "applicationInsights"))).toContain(
      "WorkspaceResourceId: workspace.id",
    );
    const staticWebApp = read("infra/modules/staticWebApp.bicep");
    expect(flat(resourceBody(staticWebApp, "staticWebApp"))).toContain("sku: { name: sku tier: sku }");
    expect(paramDefault(staticWebApp, "sku")).toBe("Free");
  });

  it("are explained by infra/DEPLOY.md, with the commands, settings and roles that exist", () => {
    const guide = readProjectFile("infra", "DEPLOY.md");
    expect(guide.split("\n")[0]).toBe("## Deploy to your tenant");
    for (const command of ["provision", "deploy", "publish"])
      expect(guide).toContain(`teamsapp ${command} --env dev`);
    expect(guide).toContain("npm run package -- --env dev");
    const devTemplate = readProjectFile("env", ".env.dev");
    for (const key of [
      "AZURE_SUBSCRIPTION_ID",
      "AZURE_RESOURCE_GROUP_NAME",
      "RESOURCE_SUFFIX",
      "DEVELOPER_NAME",
      "ALLOWED_TENANT_IDS",
    ]) {
      expect(devTemplate, key).toMatch(new RegExp(`^${key}=`, "m"));
      expect(guide, key).toContain(`\`${key}\``);
    }
    const roles = (
      readProjectJson("aad.manifest.json") as { appRoles: Array<{ value: string; displayName: string }> }
    ).appRoles;
    for (const role of roles) {
      expect(guide, role.value).toContain(`\`${role.value}\``);
      expect(guide, role.displayName).toContain(`**${role.displayName}**`);
    }
  });
});
