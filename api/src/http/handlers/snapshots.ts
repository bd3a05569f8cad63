import { z } from "zod";
import {
  boardSnapshot,
  id as idSchema,
  period as periodSchema,
  snapshotCreateInput,
  snapshotPatch,
  snapshotStatus,
  snapshotSupersedeInput,
} from "../../domain/schemas";
import { compareSnapshots as diffSnapshots } from "../../domain/snapshotDiff";
import { canSeeDraftSnapshots, isSnapshotVisibleTo } from "../../domain/snapshotRules";
import { badRequest, conflict, notFound } from "../../errors";
import * as store from "../../store/snapshots";
import type { SnapshotDocument } from "../../domain/snapshotDocument";
import { readJson, readQuery, requireIfMatch } from "../request";
import type { Reply, RequestContext } from "../route";
import { asOfMonth } from "./clock";
import { entityReply, updateEntity } from "./crud";
import { single } from "./query";

const location = (id: string) => `/api/snapshots/${id}`;

/** A snapshot the caller may see; a board member's view of a draft is that it does not exist. */
async function visibleOr404(ctx: RequestContext, id: string): Promise<store.StoredSnapshot> {
  const found = await store.getSnapshot(ctx.services.storage, ctx.principal.tenantId, id);
  if (!found || !isSnapshotVisibleTo(ctx.principal, found)) throw notFound(`snapshot '${id}'`);
  return found;
}

const listQuery = z.object({
  period: single(periodSchema).optional(),
  status: single(snapshotStatus).optional(),
});

/** Newest month first, newest version first; drafts only for executives and the portfolio office. */
export async function listSnapshots(ctx: RequestContext): Promise<Reply> {
  const where = readQuery(ctx.req, listQuery);
  if (where.status === "draft" && !canSeeDraftSnapshots(ctx.principal)) return { status: 200, body: { items: [] } };
  const items = await store.listSnapshots(ctx.services.storage, ctx.principal.tenantId, where);
  return { status: 200, body: { items: items.filter((s) => isSnapshotVisibleTo(ctx.principal, s)) } };
}

/** The large parts of a document; `?include=` picks some (the rest of the document always comes). */
export const snapshotSections = [
  "strategy",
  "people",
  "priorities",
  "summary",
  "initiatives",
  "risks",
  "metrics",
  "maturity",
  "alignment",
  "checkIns",
  "board",
] as const satisfies readonly (keyof SnapshotDocument)[];

const getQuery = z.object({
  include: z
    .preprocess(
      (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean)),
      z.array(z.enum(snapshotSections)).max(snapshotSections.length),
    )
    .optional(),
});

/**
 * The index entry and the document; a published one is sent exactly as stored when it verifies.
 * `?include=summary,board` sends only those sections (and the small fields), for pages that need
 * less than the whole month.
 */
export async function getSnapshot(ctx: RequestContext): Promise<Reply> {
  const { include } = readQuery(ctx.req, getQuery);
  const snapshot = await visibleOr404(ctx, ctx.params.id ?? "");
  const headers = { ETag: snapshot.etag };
  const parse = snapshot.status === "draft" || include !== undefined;
  const content = await store.readSnapshotContent(ctx.services.storage, snapshot, { parse });
  if (content.document === null && content.integrity === "verified" && content.bytes) {
    const raw = `{"snapshot":${JSON.stringify(snapshot)},"integrity":"verified","document":${content.bytes.toString("utf8")}}`;
    return { status: 200, raw, headers };
  }
  let document: Partial<SnapshotDocument> | null = content.document;
  if (document && include) {
    const left = snapshotSections.filter((section) => !include.includes(section));
    document = Object.fromEntries(Object.entries(document).filter(([key]) => !(left as readonly string[]).includes(key)));
  }
  return { status: 200, body: { snapshot, integrity: content.integrity, document }, headers };
}

/** Creates the draft of a month (201) or refreshes its open draft from live data (200). */
export async function createSnapshot(ctx: RequestContext): Promise<Reply> {
  const { period } = await readJson(ctx.req, snapshotCreateInput, "the snapshot request");
  if (period > asOfMonth(ctx))
    throw badRequest("a snapshot is of a month that has begun", [{ path: "period", message: `${period} is in the future` }]);
  const ifMatch = ctx.req.headers.get("if-match")?.trim() || undefined;
  const { outcome, snapshot } = await store.draftSnapshot(ctx.services, ctx.principal.tenantId, ctx.principal.id, period, { ifMatch });
  if (outcome === "created") return { status: 201, body: snapshot, headers: { ETag: snapshot.etag, Location: location(snapshot.id) } };
  return entityReply(snapshot);
}

/** Edits the narrative of a draft (and a correction's reason), with If-Match. */
export async function updateSnapshot(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  const patch = await readJson(ctx.req, snapshotPatch, "the update");
  return updateEntity(ctx, "snapshot", ctx.params.id ?? "", boardSnapshot, ifMatch, (current) => {
    if (current.status !== "draft")
      throw conflict(`${current.id} is ${current.status}; a published snapshot never changes — supersede it to correct it`);
    if (patch.correctionReason !== undefined && current.supersedes === null)
      throw badRequest("only a correction has a correction reason", [{ path: "correctionReason", message: "this draft corrects nothing" }]);
    return {
      narrative: { ...current.narrative, ...patch.narrative },
      ...(patch.correctionReason === undefined ? {} : { correctionReason: patch.correctionReason }),
    };
  });
}

export async function publishSnapshot(ctx: RequestContext): Promise<Reply> {
  const ifMatch = requireIfMatch(ctx.req);
  return entityReply(await store.publishSnapshot(ctx.services, ctx.principal, ctx.params.id ?? "", ifMatch));
}

/** Starts a correction: a new draft version of the month that will supersede the published one. */
export async function supersedeSnapshot(ctx: RequestContext): Promise<Reply> {
  const { correctionReason } = await readJson(ctx.req, snapshotSupersedeInput, "the correction");
  const snapshot = await store.supersedeSnapshot(ctx.services, ctx.principal.tenantId, ctx.principal.id, ctx.params.id ?? "", correctionReason);
  return { status: 201, body: snapshot, headers: { ETag: snapshot.etag, Location: location(snapshot.id) } };
}

const compareQuery = z.object({ from: single(idSchema), to: single(idSchema) });

/** What changed from one snapshot to another (usually an earlier month to a later one). */
export async function compareSnapshots(ctx: RequestContext): Promise<Reply> {
  const query = readQuery(ctx.req, compareQuery);
  const [from, to] = await Promise.all([visibleOr404(ctx, query.from), visibleOr404(ctx, query.to)]);
  const [a, b] = await Promise.all([verifiedDocument(ctx, from), verifiedDocument(ctx, to)]);
  return { status: 200, body: { from, to, diff: diffSnapshots(a, b) } };
}

/** A document to compare; one that fails verification is not compared, so no diff rests on it. */
async function verifiedDocument(ctx: RequestContext, snapshot: store.StoredSnapshot): Promise<SnapshotDocument> {
  const content = await store.readSnapshotContent(ctx.services.storage, snapshot, { parse: true });
  if (content.integrity !== "verified" || content.document === null)
    throw conflict(`snapshot ${snapshot.id} fails verification (${content.integrity}); see GET /api/snapshots/verify`);
  return content.document;
}

/** Re-hashes every published document and checks the chain; names each snapshot that fails. */
export async function verifySnapshots(ctx: RequestContext): Promise<Reply> {
  return { status: 200, body: await store.verifySnapshots(ctx.services.storage, ctx.principal.tenantId) };
}
