import { TableClient, TableServiceClient } from "@azure/data-tables";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { DefaultAzureCredential } from "@azure/identity";
import type { Config } from "../config";

/** The storage clients of one process: created once, shared by every request. */
export type StorageClients = {
  table: TableClient;
  snapshots: ContainerClient;
  /** Creates the table and container when missing: once per process, again after a failure. */
  ready: () => Promise<void>;
};

type StorageSettings = Pick<Config, "STORAGE_CONNECTION_STRING" | "STORAGE_ACCOUNT_NAME" | "TABLE_NAME" | "SNAPSHOT_CONTAINER">;

/** A connection string of the local emulator, which speaks plain HTTP. */
export const isAzurite = (connectionString: string) => /127\.0\.0\.1|localhost|UseDevelopmentStorage/i.test(connectionString);

/**
 * Storage that is down must cost a caller a quick 503, not the SDKs' default retries (tables: 3
 * retries from 1 s up; blobs: 4 tries from 4 s up). A tenant's writes queue behind each other
 * (store/commit.ts), so with the defaults every queued write also waited out the retries of
 * all the writes before it. A few short retries still absorb a blip.
 */
const tableRetry = { retryOptions: { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500 } };
const blobRetry = { retryOptions: { maxTries: 3, tryTimeoutInMs: 10_000, retryDelayInMs: 100, maxRetryDelayInMs: 500 } };

export function createStorageClients(settings: StorageSettings): StorageClients {
  let table: TableClient;
  let blobService: BlobServiceClient;
  let tableService: TableServiceClient;
  if (settings.STORAGE_ACCOUNT_NAME) {
    // In Azure: the managed identity, never a key.
    const credential = new DefaultAzureCredential();
    const tableUrl = `https://${settings.STORAGE_ACCOUNT_NAME}.table.core.windows.net`;
    table = new TableClient(tableUrl, settings.TABLE_NAME, credential, tableRetry);
    tableService = new TableServiceClient(tableUrl, credential, tableRetry);
    blobService = new BlobServiceClient(`https://${settings.STORAGE_ACCOUNT_NAME}.blob.core.windows.net`, credential, blobRetry);
  } else if (settings.STORAGE_CONNECTION_STRING) {
    const cs = settings.STORAGE_CONNECTION_STRING;
    const options = { allowInsecureConnection: isAzurite(cs), ...tableRetry };
    table = TableClient.fromConnectionString(cs, settings.TABLE_NAME, options);
    tableService = TableServiceClient.fromConnectionString(cs, options);
    blobService = BlobServiceClient.fromConnectionString(cs, blobRetry);
  } else {
    throw new Error("no storage configured");
  }
  const snapshots = blobService.getContainerClient(settings.SNAPSHOT_CONTAINER);
  let pending: Promise<void> | undefined;
  const ready = () => {
    pending ??= Promise.all([tableService.createTable(settings.TABLE_NAME), snapshots.createIfNotExists()]).then(
      () => undefined,
      (error: unknown) => {
        // A storage outage at start must not poison the process: the next request tries again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return { table, snapshots, ready };
}
