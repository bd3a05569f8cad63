import type { ApiClient } from "../api/client";
import { api } from "./routes";
import type { SnapshotMeta, SnapshotNarrative } from "./types";

/**
 * The portfolio office's writes. Every change of an existing snapshot carries its ETag (If-Match):
 * a stale one gets 412 and changes nothing, and the caller reloads.
 */

/** Drafts a month, or refreshes its open draft from live data (with the draft's ETag when known). */
export const draftSnapshot = (client: ApiClient, period: string, etag?: string) =>
  client.request<SnapshotMeta>(api.create(), {
    method: "POST",
    body: { period },
    headers: etag ? { "if-match": etag } : undefined,
  });

export const saveNarrative = (
  client: ApiClient,
  snapshot: Pick<SnapshotMeta, "id" | "etag">,
  narrative: SnapshotNarrative,
) =>
  client.request<SnapshotMeta>(api.update(snapshot.id), {
    method: "PATCH",
    body: { narrative },
    headers: { "if-match": snapshot.etag },
  });

export const publishSnapshot = (client: ApiClient, snapshot: Pick<SnapshotMeta, "id" | "etag">) =>
  client.request<SnapshotMeta>(api.publish(snapshot.id), {
    method: "POST",
    headers: { "if-match": snapshot.etag },
  });

/** Starts a correction: a new draft version of the month that will supersede the published one. */
export const supersedeSnapshot = (client: ApiClient, id: string, correctionReason: string) =>
  client.request<SnapshotMeta>(api.supersede(id), { method: "POST", body: { correctionReason } });
