import { z } from "zod";
import { id, nonEmptyPatch, patchShape, period, personId, systemFields, text, timestamp } from "./common";

/** draft → published → (when a correction is published) superseded. Only a draft ever changes. */
export const snapshotStatuses = ["draft", "published", "superseded"] as const;
export const snapshotStatus = z.enum(snapshotStatuses);
export type SnapshotStatus = z.infer<typeof snapshotStatus>;

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 digest as 64 lower-case hex digits");

const narrativeLine = z.string().trim().min(1).max(500);

/** What the portfolio office tells the board about the month, beside the numbers. */
export const snapshotNarrative = z.strictObject({
  highlights: z.array(narrativeLine).max(20).default([]),
  decisionsRequested: z.array(narrativeLine).max(20).default([]),
  commentary: text(8000).default(""),
});
export type SnapshotNarrative = z.infer<typeof snapshotNarrative>;

export const correctionReason = z.string().trim().min(1).max(2000);

/** POST /api/snapshots: create (or refresh) the draft of a month. */
export const snapshotCreateInput = z.strictObject({ period });
/** POST /api/snapshots/{id}/supersede: a correction of a published snapshot says why. */
export const snapshotSupersedeInput = z.strictObject({ correctionReason });

/** PATCH /api/snapshots/{id}: the narrative of a draft (any of its parts) and a correction's reason. */
export const snapshotPatch = z
  .strictObject({
    narrative: z
      .strictObject(patchShape(snapshotNarrative.shape))
      .refine((n) => Object.keys(n).length > 0, nonEmptyPatch)
      .optional(),
    correctionReason: correctionReason.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, nonEmptyPatch);
export type SnapshotPatch = z.infer<typeof snapshotPatch>;

/**
 * The index entry of one version of a month's board snapshot (the document itself is a blob).
 * `contentHash` is the SHA-256 of the stored blob's bytes, which are the canonical JSON of the
 * document; published versions form a chain in publication order (`chainIndex` 1, 2, …), each
 * naming the hash of the one published before it (`previousHash`, 64 zeros for the first).
 */
export const boardSnapshot = z
  .object({
    period,
    version: z.number().int().min(1).max(999),
    status: snapshotStatus,
    contentHash: sha256Hex,
    /** Null while a draft. */
    previousHash: sha256Hex.nullable(),
    chainIndex: z.number().int().min(1).nullable(),
    /** Where the published document is (or will be): `<tenantId>/<period>/v<version>.json`. */
    blobName: z.string().min(1).max(1024),
    /** Where a draft's content is; null once published. */
    draftBlobName: z.string().min(1).max(1024).nullable(),
    /** Bytes of the stored document (the draft's, then the published one's). */
    size: z.number().int().min(0),
    /** When and by whom the content was last generated from live data. */
    generatedAt: timestamp,
    generatedBy: personId,
    publishedAt: timestamp.nullable(),
    publishedBy: personId.nullable(),
    /** The published version this one corrects, with the reason. */
    supersedes: id.nullable(),
    correctionReason: correctionReason.nullable(),
    supersededBy: id.nullable(),
    supersededAt: timestamp.nullable(),
    narrative: snapshotNarrative,
    ...systemFields,
  })
  .refine((s) => s.supersedes === null || s.correctionReason !== null, {
    message: "a correction must say why",
    path: ["correctionReason"],
  });
export type BoardSnapshot = z.infer<typeof boardSnapshot>;
