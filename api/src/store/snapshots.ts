import type { Principal } from "../auth/principal";
import {
  boardSnapshot,
  decisionRight,
  snapshotNarrative,
  type BoardSnapshot,
  type SnapshotNarrative,
  type SnapshotStatus,
} from "../domain/schemas";
import { snapshotGenesisHash, verifySnapshotChain, type ChainEntry, type SnapshotProblem } from "../domain/snapshotChain";
import {
  buildSnapshotDocument,
  publishedDocument,
  snapshotDocument,
  type SnapshotDocument,
} from "../domain/snapshotDocument";
import { canPublishSnapshot, publishAccountable, publishedSnapshotCount, snapshotId } from "../domain/snapshotRules";
import { conflict, forbidden, notFound, preconditionFailed } from "../errors";
import { canonicalJson } from "./auditChain";
import { asTenantData } from "./boardCache";
import type { StorageClients } from "./clients";
import { commitChanges, type Change } from "./commit";
import { getEntity, listEntities, type Stored } from "./repository";
import { rowKey } from "./rows";
import {
  deleteBlobQuietly,
  draftBlobName,
  publishedBlobName,
  readBlob,
  serialiseDocument,
  sha256,
  writeDraftBlob,
  writePublishedBlob,
} from "./snapshotBlobs";
import type { TenantDataCache } from "./tenantData";

/**
 * The lifecycle of board snapshots: a draft is generated from live data (and may be refreshed and
 * narrated), then published once — its document written to a blob that is never overwritten and
 * linked into the tenant's hash chain — and later perhaps superseded by a correction, which is a
 * new version of the same month. Every state change is one audited commit.
 */
export type SnapshotServices = { storage: StorageClients; tenantData: TenantDataCache; now: () => Date };
export type StoredSnapshot = Stored<BoardSnapshot>;
type Doc = Record<string, unknown>;

const emptyNarrative = (): SnapshotNarrative => snapshotNarrative.parse({});

function withoutEtag(stored: StoredSnapshot): Doc {
  const { etag: _etag, ...doc } = stored;
  return doc;
}

const newestFirst = (a: BoardSnapshot, b: BoardSnapshot) =>
  a.period < b.period ? 1 : a.period > b.period ? -1 : b.version - a.version;

export async function listSnapshots(
  storage: StorageClients,
  tenantId: string,
  where: { period?: string; status?: SnapshotStatus } = {},
): Promise<StoredSnapshot[]> {
  const items = await listEntities(storage, tenantId, "snapshot", boardSnapshot, where);
  return items.sort(newestFirst);
}

export const getSnapshot = (storage: StorageClients, tenantId: string, id: string) =>
  getEntity(storage, tenantId, "snapshot", id, boardSnapshot);

type DraftSpec = {
  period: string;
  version: number;
  narrative: SnapshotNarrative;
  supersedes: string | null;
  correctionReason: string | null;
};

/** Generates a month's document from live data and stores it as draft content. */
async function generateDraftContent(svc: SnapshotServices, tenantId: string, actorId: string, spec: DraftSpec) {
  const [{ data: entities }, snapshots] = await Promise.all([
    svc.tenantData.get(tenantId),
    listSnapshots(svc.storage, tenantId),
  ]);
  const data = { ...asTenantData(entities), publishedSnapshots: publishedSnapshotCount(snapshots, spec.period) };
  const generatedAt = svc.now().toISOString();
  const document = buildSnapshotDocument(data, {
    tenantId,
    period: spec.period,
    version: spec.version,
    generatedAt,
    generatedBy: actorId,
    narrative: spec.narrative,
    supersedes: spec.supersedes,
    correctionReason: spec.correctionReason,
  });
  const { bytes, hash } = serialiseDocument(document);
  const name = draftBlobName(tenantId, spec.period, spec.version, hash);
  await svc.storage.ready();
  await writeDraftBlob(svc.storage.snapshots, name, bytes);
  return { generatedAt, hash, size: bytes.length, name };
}

export type DraftOutcome = { outcome: "created" | "refreshed" | "exists"; snapshot: StoredSnapshot };

/**
 * Creates the draft of a month, or refreshes the open draft (a correction's too) from live data,
 * keeping its narrative. A month that already has a published version and no open draft is a
 * 409: a correction starts with `supersedeSnapshot`. With `onlyIfMissing` (the monthly timer) a
 * month that has any snapshot is left alone, which makes running twice harmless.
 */
export async function draftSnapshot(
  svc: SnapshotServices,
  tenantId: string,
  actorId: string,
  period: string,
  options: { ifMatch?: string; onlyIfMissing?: boolean } = {},
): Promise<DraftOutcome> {
  const existing = await listSnapshots(svc.storage, tenantId, { period });
  if (options.onlyIfMissing && existing[0]) return { outcome: "exists", snapshot: existing[0] };
  const draft = existing.find((s) => s.status === "draft");
  if (draft) return refreshDraft(svc, tenantId, actorId, draft, options.ifMatch);
  if (options.ifMatch) throw preconditionFailed(`there is no draft of ${period} to refresh`);
  const published = existing.find((s) => s.status === "published");
  if (published) throw alreadyPublished(published);
  const version = Math.max(0, ...existing.map((s) => s.version)) + 1;
  return createDraft(svc, tenantId, actorId, { period, version, narrative: emptyNarrative(), supersedes: null, correctionReason: null }, options);
}

const alreadyPublished = (published: BoardSnapshot) =>
  conflict(
    `${published.period} already has a published snapshot (${published.id}); a published snapshot never changes — to correct it, supersede it (POST /api/snapshots/${published.id}/supersede with a correctionReason)`,
  );

async function refreshDraft(
  svc: SnapshotServices,
  tenantId: string,
  actorId: string,
  draft: StoredSnapshot,
  ifMatch: string | undefined,
): Promise<DraftOutcome> {
  if (ifMatch !== undefined && ifMatch !== draft.etag) throw preconditionFailed();
  const content = await generateDraftContent(svc, tenantId, actorId, draft);
  let replaced: string | null = null;
  let next: Doc = {};
  try {
    const { etags } = await commitChanges(
      svc.storage,
      tenantId,
      actorId,
      async () => {
        const current = await getSnapshot(svc.storage, tenantId, draft.id);
        if (!current || current.status !== "draft") throw conflict(`${draft.id} was published while it was being refreshed`);
        if (current.etag !== draft.etag) throw preconditionFailed(`${draft.id} changed while it was being refreshed; try again`);
        const before = withoutEtag(current);
        next = boardSnapshot.parse({
          ...before,
          contentHash: content.hash,
          size: content.size,
          draftBlobName: content.name,
          generatedAt: content.generatedAt,
          generatedBy: actorId,
          updatedAt: content.generatedAt,
          updatedBy: actorId,
        });
        replaced = current.draftBlobName;
        return [{ kind: "snapshot", id: draft.id, action: "update", before, after: next }];
      },
      svc.now,
    );
    if (replaced !== null && replaced !== content.name) await deleteBlobQuietly(svc.storage.snapshots, replaced);
    return { outcome: "refreshed", snapshot: { ...(next as BoardSnapshot), etag: etags.get(rowKey("snapshot", draft.id)) ?? "" } };
  } catch (error) {
    if (content.name !== draft.draftBlobName) await deleteBlobQuietly(svc.storage.snapshots, content.name);
    throw error;
  }
}

/** Writes a new draft version; the checks are repeated inside the commit, against fresh data. */
async function createDraft(
  svc: SnapshotServices,
  tenantId: string,
  actorId: string,
  spec: DraftSpec,
  options: { onlyIfMissing?: boolean },
): Promise<DraftOutcome> {
  const id = snapshotId(spec.period, spec.version);
  const content = await generateDraftContent(svc, tenantId, actorId, spec);
  const doc = boardSnapshot.parse({
    id,
    tenantId,
    period: spec.period,
    version: spec.version,
    status: "draft",
    contentHash: content.hash,
    previousHash: null,
    chainIndex: null,
    blobName: publishedBlobName(tenantId, spec.period, spec.version),
    draftBlobName: content.name,
    size: content.size,
    generatedAt: content.generatedAt,
    generatedBy: actorId,
    publishedAt: null,
    publishedBy: null,
    supersedes: spec.supersedes,
    correctionReason: spec.correctionReason,
    supersededBy: null,
    supersededAt: null,
    narrative: spec.narrative,
    createdAt: content.generatedAt,
    createdBy: actorId,
    updatedAt: content.generatedAt,
    updatedBy: actorId,
  });
  let found: StoredSnapshot | undefined;
  try {
    const { etags } = await commitChanges(
      svc.storage,
      tenantId,
      actorId,
      async () => {
        const current = await listSnapshots(svc.storage, tenantId, { period: spec.period });
        found = current.find((s) => s.id === id || s.status === "draft");
        if (found && options.onlyIfMissing) return [];
        if (found) throw conflict(`a draft of ${spec.period} (${found.id}) was just created; reload and use it`);
        const published = current.find((s) => s.status === "published");
        if (spec.supersedes === null && published) throw alreadyPublished(published);
        if (spec.supersedes !== null && published?.id !== spec.supersedes)
          throw conflict(`${spec.supersedes} is no longer the published snapshot of ${spec.period}`);
        return [{ kind: "snapshot", id, action: "create", before: null, after: doc }];
      },
      svc.now,
    );
    const etag = etags.get(rowKey("snapshot", id));
    if (etag === undefined && found) {
      await deleteBlobQuietly(svc.storage.snapshots, content.name);
      return { outcome: "exists", snapshot: found };
    }
    return { outcome: "created", snapshot: { ...doc, etag: etag ?? "" } };
  } catch (error) {
    await deleteBlobQuietly(svc.storage.snapshots, content.name);
    throw error;
  }
}

/**
 * Starts a correction of a published snapshot: a new draft version of the same month, generated
 * from live data, that replaces the published one when it is itself published.
 */
export async function supersedeSnapshot(
  svc: SnapshotServices,
  tenantId: string,
  actorId: string,
  id: string,
  correctionReason: string,
): Promise<StoredSnapshot> {
  const target = await getSnapshot(svc.storage, tenantId, id);
  if (!target) throw notFound(`snapshot '${id}'`);
  if (target.status === "draft") throw conflict(`${id} is a draft: refresh or edit it, then publish it`);
  if (target.status === "superseded")
    throw conflict(`${id} was already superseded by ${target.supersededBy ?? "a later version"}; correct that version instead`);
  const existing = await listSnapshots(svc.storage, tenantId, { period: target.period });
  const open = existing.find((s) => s.status === "draft");
  if (open) throw conflict(`a correction of ${target.period} is already being prepared (${open.id}); edit and publish it`);
  const version = Math.max(...existing.map((s) => s.version)) + 1;
  const { snapshot } = await createDraft(
    svc,
    tenantId,
    actorId,
    { period: target.period, version, narrative: target.narrative, supersedes: target.id, correctionReason },
    {},
  );
  return snapshot;
}

/** The part of a published document that an interrupted earlier attempt must have got the same. */
const publishedContent = (doc: SnapshotDocument) =>
  canonicalJson({ ...doc, publication: doc.publication && { ...doc.publication, publishedAt: "", publishedBy: "", publishedByName: "" } });

/**
 * Publishes a draft: only the decision rights' Accountable (a Portfolio.Manager), with the draft's
 * ETag. The final document — the draft's content, the narrative, and the link to the previously
 * published snapshot — is written under its own name with If-None-Match: *, then the draft (and
 * the version it corrects, now superseded) change in one audited commit.
 */
export async function publishSnapshot(
  svc: SnapshotServices,
  principal: Principal,
  id: string,
  ifMatch: string,
): Promise<StoredSnapshot> {
  const tenantId = principal.tenantId;
  const container = svc.storage.snapshots;
  let publishedAt = svc.now().toISOString();
  let result: Doc = {};
  let draftContent: string | null = null;
  const { etags } = await commitChanges(
    svc.storage,
    tenantId,
    principal.id,
    async () => {
      const draft = await getSnapshot(svc.storage, tenantId, id);
      if (!draft) throw notFound(`snapshot '${id}'`);
      if (draft.etag !== ifMatch) throw preconditionFailed();
      if (draft.status !== "draft")
        throw conflict(`${id} is already ${draft.status}; a published snapshot never changes — supersede it to correct it`);
      const rights = await listEntities(svc.storage, tenantId, "decision-right", decisionRight, { decisionType: "publish-snapshot" });
      if (!canPublishSnapshot(principal, rights)) {
        const accountable = publishAccountable(rights);
        if (accountable === undefined) throw forbidden("only a Portfolio.Manager publishes board snapshots");
        const { data } = await svc.tenantData.get(tenantId);
        const name = data.strategy?.executives.find((e) => e.id === accountable)?.displayName;
        throw forbidden(
          `the decision rights name ${name ? `${name} (${accountable})` : accountable} Accountable for publishing board snapshots; only they publish, as a Portfolio.Manager`,
        );
      }
      const all = await listSnapshots(svc.storage, tenantId);
      const current = all.find((s) => s.period === draft.period && s.status === "published");
      if ((current?.id ?? null) !== draft.supersedes)
        throw conflict(
          current ? `${draft.period} already has a published snapshot (${current.id}) that this draft does not supersede` : `${draft.supersedes} is no longer published`,
        );
      const tip = all
        .filter((s) => s.status !== "draft" && s.chainIndex !== null)
        .reduce<StoredSnapshot | undefined>((best, s) => (best === undefined || (s.chainIndex ?? 0) > (best.chainIndex ?? 0) ? s : best), undefined);
      const previousHash = tip?.contentHash ?? snapshotGenesisHash;
      const chainIndex = (tip?.chainIndex ?? 0) + 1;

      const draftBytes = draft.draftBlobName === null ? undefined : await readBlob(container, draft.draftBlobName);
      if (!draftBytes || sha256(draftBytes) !== draft.contentHash)
        throw conflict(`the content of ${id} is missing or does not match its hash; refresh the draft (POST /api/snapshots) and publish again`);
      const draftDocument = snapshotDocument.parse(JSON.parse(draftBytes.toString("utf8")));
      const publishedByName = draftDocument.people.find((p) => p.id === principal.id)?.displayName ?? (principal.name || principal.id);
      const finalDocument = publishedDocument(draftDocument, {
        narrative: draft.narrative,
        correctionReason: draft.correctionReason,
        publication: { chainIndex, previousHash, publishedAt, publishedBy: principal.id, publishedByName },
      });
      let { bytes, hash } = serialiseDocument(finalDocument);
      if ((await writePublishedBlob(container, draft.blobName, bytes)) === "exists") {
        // Left by an earlier attempt at this very publication (a retried commit): adopt it if it
        // says the same; anything else under this name is never overwritten.
        const stored = await readBlob(container, draft.blobName);
        const parsed = stored && snapshotDocument.safeParse(JSON.parse(stored.toString("utf8")));
        if (!stored || !parsed || !parsed.success || parsed.data.publication === null || publishedContent(parsed.data) !== publishedContent(finalDocument))
          throw conflict(`${draft.blobName} already holds a different document; it is never overwritten — ask an administrator to inspect it`);
        bytes = stored;
        hash = sha256(stored);
        publishedAt = parsed.data.publication.publishedAt;
      }

      const before = withoutEtag(draft);
      result = boardSnapshot.parse({
        ...before,
        status: "published",
        contentHash: hash,
        previousHash,
        chainIndex,
        size: bytes.length,
        draftBlobName: null,
        publishedAt,
        publishedBy: principal.id,
        updatedAt: publishedAt,
        updatedBy: principal.id,
      });
      draftContent = draft.draftBlobName;
      const changes: Change[] = [{ kind: "snapshot", id, action: "publish", before, after: result }];
      if (current) {
        const previous = withoutEtag(current);
        const superseded = boardSnapshot.parse({
          ...previous,
          status: "superseded",
          supersededBy: id,
          supersededAt: publishedAt,
          updatedAt: publishedAt,
          updatedBy: principal.id,
        });
        changes.push({ kind: "snapshot", id: current.id, action: "supersede", before: previous, after: superseded });
      }
      return changes;
    },
    svc.now,
  );
  if (draftContent !== null) await deleteBlobQuietly(container, draftContent);
  return { ...(result as BoardSnapshot), etag: etags.get(rowKey("snapshot", id)) ?? "" };
}

export type SnapshotIntegrity = "verified" | "tampered" | "missing";
export type SnapshotContent = { integrity: SnapshotIntegrity; bytes?: Buffer; document: SnapshotDocument | null };

/**
 * A snapshot's document: a published one exactly as stored, a draft's with its current narrative.
 * `integrity` says whether the stored bytes still hash to the recorded content hash.
 */
export async function readSnapshotContent(storage: StorageClients, snapshot: BoardSnapshot, options: { parse: boolean }): Promise<SnapshotContent> {
  await storage.ready();
  const name = snapshot.status === "draft" ? snapshot.draftBlobName : snapshot.blobName;
  const bytes = name === null ? undefined : await readBlob(storage.snapshots, name);
  if (!bytes) return { integrity: "missing", document: null };
  const integrity = sha256(bytes) === snapshot.contentHash ? "verified" : "tampered";
  if (!options.parse && integrity === "verified") return { integrity, bytes, document: null };
  let document: SnapshotDocument | null = null;
  try {
    const parsed = snapshotDocument.safeParse(JSON.parse(bytes.toString("utf8")));
    document = parsed.success ? parsed.data : null;
  } catch {
    document = null;
  }
  if (document && snapshot.status === "draft")
    document = { ...document, narrative: snapshot.narrative, correctionReason: snapshot.correctionReason };
  return { integrity, bytes, document };
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < items.length; k = next++) out[k] = await fn(items[k] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export type SnapshotVerification = { intact: boolean; checked: number; problems: SnapshotProblem[] };

/** Re-reads every published and superseded document, re-hashes it and walks the chain. */
export async function verifySnapshots(storage: StorageClients, tenantId: string): Promise<SnapshotVerification> {
  await storage.ready();
  const chain = (await listSnapshots(storage, tenantId)).filter((s) => s.status !== "draft");
  const entries = await mapLimit(chain, 4, async (s): Promise<ChainEntry> => {
    const entry = {
      id: s.id,
      period: s.period,
      version: s.version,
      blobName: s.blobName,
      chainIndex: s.chainIndex,
      contentHash: s.contentHash,
      previousHash: s.previousHash,
    };
    const bytes = await readBlob(storage.snapshots, s.blobName);
    if (!bytes) return { ...entry, storedHash: null };
    let documentPreviousHash: string | null | undefined;
    try {
      const parsed = JSON.parse(bytes.toString("utf8")) as { publication?: { previousHash?: unknown } | null };
      const link = parsed.publication?.previousHash;
      documentPreviousHash = typeof link === "string" ? link : null;
    } catch {
      documentPreviousHash = undefined;
    }
    return { ...entry, storedHash: sha256(bytes), documentPreviousHash };
  });
  const problems = verifySnapshotChain(entries);
  return { intact: problems.length === 0, checked: entries.length, problems };
}
