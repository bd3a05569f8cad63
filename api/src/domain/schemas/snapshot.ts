import { z } from "./zod";
import { id, nonEmptyPatch, patchShape, period, personId, systemFields, text, timestamp } from "./common";

/** draft → published → (when a correction is published) superseded. Only a draft ever changes. */
export const snapshotStatuses = ["draft", "published", "superseded"] as const;
export const snapshotStatus = z.enum(snapshotStatuses);
export type SnapshotStatus = z.infer<typeof snapshotStatus>;

export const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, "a SHA-256 digest as 64 lower-case hex digits"));

const narrativeLine = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/** What the portfolio office tells the board about the month, beside the numbers. */
export const snapshotNarrative = z.strictObject({
  highlights: z._default(z.array(narrativeLine).check(z.maxLength(20)), []),
  decisionsRequested: z._default(z.array(narrativeLine).check(z.maxLength(20)), []),
  commentary: z._default(text(8000), ""),
});
export type SnapshotNarrative = z.infer<typeof snapshotNarrative>;

export const correctionReason = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/** POST /api/snapshots: create (or refresh) the draft of a month. */
export const snapshotCreateInput = z.strictObject({ period });
/** POST /api/snapshots/{id}/supersede: a correction of a published snapshot says why. */
export const snapshotSupersedeInput = z.strictObject({ correctionReason });

/** PATCH /api/snapshots/{id}: the narrative of a draft (any of its parts) and a correction's reason. */
export const snapshotPatch = z
  .strictObject({
    narrative: z.optional(
      z
        .strictObject(patchShape(snapshotNarrative.shape))
        .check(z.refine((n) => Object.keys(n).length > 0, nonEmptyPatch)),
    ),
    correctionReason: z.optional(correctionReason),
  })
  .check(z.refine((p) => Object.keys(p).length > 0, nonEmptyPatch));
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
    version: z.number().check(z.int(), z.gte(1), z.lte(999)),
    status: snapshotStatus,
    contentHash: sha256Hex,
    /** Null while a draft. */
    previousHash: z.nullable(sha256Hex),
    chainIndex: z.nullable(z.number().check(z.int(), z.gte(1))),
    /** Where the published document is (or will be): `<tenantId>/<period>/v<version>.json`. */
    blobName: z.string().check(z.minLength(1), z.maxLength(1024)),
    /** Where a draft's content is; null once published. */
    draftBlobName: z.nullable(z.string().check(z.minLength(1), z.maxLength(1024))),
    /** Bytes of the stored document (the draft's, then the published one's). */
    size: z.number().check(z.int(), z.gte(0)),
    /** When and by whom the content was last generated from live data. */
    generatedAt: timestamp,
    generatedBy: personId,
    publishedAt: z.nullable(timestamp),
    publishedBy: z.nullable(personId),
    /** The published version this one corrects, with the reason. */
    supersedes: z.nullable(id),
    correctionReason: z.nullable(correctionReason),
    supersededBy: z.nullable(id),
    supersededAt: z.nullable(timestamp),
    narrative: snapshotNarrative,
    ...systemFields,
  })
  .check(
    z.refine((s) => s.supersedes === null || s.correctionReason !== null, {
      message: "a correction must say why",
      path: ["correctionReason"],
    }),
  );
export type BoardSnapshot = z.infer<typeof boardSnapshot>;
