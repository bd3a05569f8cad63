import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where `npm start` runs things on a developer's machine: one place for ports and folders. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const localSettings = {
  root,
  /** Azurite's data, kept between runs (ignored by git). */
  azuriteLocation: path.join(root, ".azurite"),
  tablePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002),
  blobPort: Number(process.env.AZURITE_BLOB_PORT ?? 10000),
  apiPort: Number(process.env.API_PORT ?? 7071),
  tabPort: 53000,
};
