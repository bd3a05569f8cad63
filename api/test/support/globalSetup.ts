import type { TestProject } from "vitest/node";
import { startAzurite } from "../../../scripts/lib/azurite";

declare module "vitest" {
  export interface ProvidedContext {
    azuriteConnectionString: string;
  }
}

/** One in-memory Azurite for the API suite; each test file works in its own table. */
export default async function setup(project: TestProject) {
  const azurite = await startAzurite();
  project.provide("azuriteConnectionString", azurite.connectionString);
  return () => azurite.stop();
}
