import type { ContainerClient } from "@azure/storage-blob";
import { createHash } from "node:crypto";
import { canonicalJson } from "./auditChain";
import { statusOf } from "./repository";

/**
 * Board snapshot documents in Blob Storage. A document is stored as its canonical JSON (keys
 * sorted, see auditChain.ts), so the SHA-256 of the stored bytes is the hash of its content and
 * any changed byte shows. Published documents are written once and never overwritten.
 */
export const publishedBlobName = (tenantId: string, period: string, version: number) => `${tenantId}/${period}/v${version}.json`;

/** A draft's content is addressed by its hash: a refresh writes a new blob and never races another. */
export const draftBlobName = (tenantId: string, period: string, version: number, contentHash: string) =>
  `${tenantId}/${period}/v${version}.draft-${contentHash.slice(0, 16)}.json`;

export type SerialisedDocument = { bytes: Buffer; hash: string };

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export function serialiseDocument(document: unknown): SerialisedDocument {
  const bytes = Buffer.from(canonicalJson(document), "utf8");
  return { bytes, hash: sha256(bytes) };
}

const jsonHeaders = { blobContentType: "application/json" };

/** Writes a draft's content (its name is unique to the content, so overwriting is harmless). */
export async function writeDraftBlob(container: ContainerClient, name: string, bytes: Buffer): Promise<void> {
  await container.getBlockBlobClient(name).uploadData(bytes, { blobHTTPHeaders: jsonHeaders });
}

/**
 * Writes a published document only if nothing is stored under its name yet (If-None-Match: *),
 * so a published snapshot can never be replaced through this API. "exists" when the name is taken.
 */
export async function writePublishedBlob(container: ContainerClient, name: string, bytes: Buffer): Promise<"written" | "exists"> {
  try {
    await container.getBlockBlobClient(name).uploadData(bytes, {
      blobHTTPHeaders: jsonHeaders,
      conditions: { ifNoneMatch: "*" },
    });
    return "written";
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 412) return "exists";
    throw error;
  }
}

/** The stored bytes, or undefined when there is no such blob. */
export async function readBlob(container: ContainerClient, name: string): Promise<Buffer | undefined> {
  try {
    return await container.getBlockBlobClient(name).downloadToBuffer();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Removes a draft's content that nothing points at any more; a failure only leaves garbage behind. */
export async function deleteBlobQuietly(container: ContainerClient, name: string): Promise<void> {
  await container
    .getBlockBlobClient(name)
    .deleteIfExists()
    .catch(() => undefined);
}
