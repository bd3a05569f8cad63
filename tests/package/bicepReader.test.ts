import { describe, expect, it } from "vitest";
import {
  bicepModules,
  bicepOutputs,
  bicepParams,
  findKeyMaterial,
  moduleOutputReferences,
  objectVariableKeys,
  propertyBody,
  resourceBody,
  scanBicep,
} from "../../scripts/teams/bicep";

const sample = `
// output COMMENTED string = 'not an output'
@description('Base name; see https://example.invalid/{docs}')
param baseName string
param location string = resourceGroup().location
param tags object = {}

var settings = {
  PLAIN: 'a'
  'QUOTED-KEY': 'b'
  NESTED: {
    INNER: 'c'
  }
  INTERPOLATED: 'x-\${union({ a: 1 }, { b: '}' })}-y'
  /* BLOCK_COMMENTED: 'd' */
  LAST: [
    'e'
  ]
}

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: baseName
  properties: {
    allowSharedKeyAccess: false
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    name: baseName
    settings: settings
  }
}

output NAME string = account.name
output URL string = 'https://\${app.outputs.hostName}'
`;

describe("Bicep reader", () => {
  it("blanks comments and string contents without moving anything", () => {
    const scanned = scanBicep(sample);
    expect(scanned.codeOnly).toHaveLength(sample.length);
    expect(scanned.withoutComments).not.toContain("COMMENTED");
    expect(scanned.withoutComments).toContain(
      "@description('Base name; see https://example.invalid/{docs}')",
    );
    expect(scanned.codeOnly).not.toContain("https://");
    expect(scanned.codeOnly.split("\n")).toHaveLength(sample.split("\n").length);
  });

  it("lists outputs and parameters, ignoring comments", () => {
    expect(bicepOutputs(sample)).toEqual([
      { name: "NAME", type: "string" },
      { name: "URL", type: "string" },
    ]);
    expect(bicepParams(sample)).toEqual([
      { name: "baseName", type: "string", hasDefault: false },
      { name: "location", type: "string", hasDefault: true },
      { name: "tags", type: "object", hasDefault: true },
    ]);
  });

  it("lists the top-level keys of an object variable, through interpolation and nesting", () => {
    expect(objectVariableKeys(sample, "settings")).toEqual([
      "PLAIN",
      "QUOTED-KEY",
      "NESTED",
      "INTERPOLATED",
      "LAST",
    ]);
    expect(objectVariableKeys(sample, "missing")).toBeUndefined();
  });

  it("finds resource bodies, nested properties, modules and module output references", () => {
    const body = resourceBody(sample, "account");
    expect(body).toContain("allowSharedKeyAccess: false");
    expect(propertyBody(body ?? "", "properties")?.trim()).toBe("allowSharedKeyAccess: false");
    expect(bicepModules(sample)).toEqual([
      { name: "app", path: "modules/app.bicep", params: ["name", "settings"] },
    ]);
    expect(moduleOutputReferences(sample)).toEqual([["app", "hostName"]]);
  });

  it.each([
    ["storage.listKeys().keys[0].value", "a list* function that returns keys"],
    [
      "'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${key}'",
      "a connection string with an account key",
    ],
    [
      "AzureWebJobsStorage: connection",
      "AzureWebJobsStorage as a connection string (use AzureWebJobsStorage__accountName)",
    ],
    ["type: 'StorageAccountConnectionString'", "a connection-string deployment storage authentication"],
    ["WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: x", "a content share connection string"],
  ])("flags key material: %s", (line, reason) => {
    expect(findKeyMaterial(`var x = {\n  ${line}\n}\n`).map((f) => f.reason)).toContain(reason);
  });

  it("does not flag key words inside comments, nor identity-based settings", () => {
    const text =
      "// never listKeys() or AccountKey=\nvar s = {\n  AzureWebJobsStorage__accountName: name\n}\n";
    expect(findKeyMaterial(text)).toEqual([]);
  });
});
