import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { EntityType } from "../../domain/schemas";
import { conflict, notFound, parseOrThrow, preconditionFailed, preconditionRequired } from "../../errors";
import { commitChanges, type Change } from "../../store/commit";
import type { Stored } from "../../store/repository";
import { rowKey } from "../../store/rows";
import { entitiesWhere, entityOf, type StoredEntity } from "../../store/tenantData";
import type { Reply, RequestContext } from "../route";

type Doc = Record<string, unknown>;

/** A stored document without its ETag, as it is written and audited. */
export function withoutEtag<T extends { etag?: string }>(stored: T): Omit<T, "etag"> {
  const { etag: _etag, ...doc } = stored;
  return doc;
}

const nounOf = (kind: EntityType) => kind.replace("-", " ");

/** The system fields of a new entity: tenant and actor always from the verified token. */
function stamp(ctx: RequestContext, id: string, existing?: Doc): Doc {
  const now = ctx.services.now().toISOString();
  return {
    id,
    tenantId: ctx.principal.tenantId,
    createdAt: existing?.createdAt ?? now,
    createdBy: existing?.createdBy ?? ctx.principal.id,
    updatedAt: now,
    updatedBy: ctx.principal.id,
  };
}

/**
 * One entity of the caller's tenant, or undefined. Reads come from the tenant's cached data at
 * the current version (inside a commit: at the head the commit is conditioned on).
 */
export async function findEntity<K extends EntityType>(ctx: RequestContext, kind: K, id: string): Promise<StoredEntity<K> | undefined> {
  const { data } = await ctx.services.tenantData.get(ctx.principal.tenantId);
  return entityOf(data, kind, id);
}

/** The entities of a kind in the caller's tenant whose indexed fields equal the given values. */
export async function findEntities<K extends EntityType>(
  ctx: RequestContext,
  kind: K,
  where: Partial<Record<string, string>> = {},
): Promise<StoredEntity<K>[]> {
  const { data } = await ctx.services.tenantData.get(ctx.principal.tenantId);
  return entitiesWhere(data, kind, where);
}

export async function readOr404<K extends EntityType>(ctx: RequestContext, kind: K, id: string): Promise<StoredEntity<K>> {
  const found = await findEntity(ctx, kind, id);
  if (!found) throw notFound(`${nounOf(kind)} '${id}'`);
  return found;
}

/** Creates one entity with its audit event; 409 when the id is taken. */
export async function createEntity<S extends z.core.$ZodType>(
  ctx: RequestContext,
  kind: EntityType,
  schema: S,
  fields: Doc,
  options: {
    id?: string;
    location?: (id: string) => string;
    extra?: (doc: z.output<S>) => Promise<Change[]>;
  } = {},
): Promise<Reply> {
  const id = options.id ?? randomUUID();
  const doc = parseOrThrow(schema, { ...fields, ...stamp(ctx, id) }, `the ${nounOf(kind)}`) as Doc;
  const { etags } = await commitChanges(
    ctx.services.storage,
    ctx.principal.tenantId,
    ctx.principal.id,
    async () => {
      if (await findEntity(ctx, kind, id)) throw conflict(`${nounOf(kind)} '${id}' already exists`);
      const extra = options.extra ? await options.extra(doc as z.output<S>) : [];
      return [{ kind, id, action: "create", before: null, after: doc }, ...extra];
    },
    ctx.services.now,
  );
  const etag = etags.get(rowKey(kind, id)) ?? "";
  return {
    status: 201,
    body: { ...doc, etag },
    headers: { ETag: etag, ...(options.location ? { Location: options.location(id) } : {}) },
  };
}

/**
 * Updates one entity under optimistic concurrency: 404 when missing, 412 when `ifMatch` is stale,
 * then `apply` (which may refuse with 403/400) gives the next document, validated in full.
 */
export async function updateEntity<S extends z.core.$ZodType>(
  ctx: RequestContext,
  kind: EntityType,
  id: string,
  schema: S,
  ifMatch: string,
  apply: (current: Stored<z.output<S>>) => Doc | Promise<Doc>,
  action: Change["action"] = "update",
  extra?: (next: z.output<S>, current: Stored<z.output<S>>) => Promise<Change[]>,
): Promise<Reply> {
  let next: Doc = {};
  const { etags } = await commitChanges(
    ctx.services.storage,
    ctx.principal.tenantId,
    ctx.principal.id,
    async () => {
      const current = (await readOr404(ctx, kind, id)) as Stored<z.output<S>>;
      if (current.etag !== ifMatch) throw preconditionFailed();
      const before = withoutEtag(current) as Doc;
      const proposed = await apply(current);
      next = parseOrThrow(
        schema,
        { ...before, ...proposed, ...stamp(ctx, id, before) },
        `the ${nounOf(kind)}`,
      ) as Doc;
      const more = extra ? await extra(next as z.output<S>, current) : [];
      return [{ kind, id, action, before, after: next }, ...more];
    },
    ctx.services.now,
  );
  const etag = etags.get(rowKey(kind, id)) ?? "";
  return { status: 200, body: { ...next, etag }, headers: { ETag: etag } };
}

/** Deletes one entity under optimistic concurrency, audited with its last state. */
export async function deleteEntity<S extends z.core.$ZodType>(
  ctx: RequestContext,
  kind: EntityType,
  id: string,
  schema: S,
  ifMatch: string,
  authorise: (current: Stored<z.output<S>>) => void | Promise<void>,
): Promise<Reply> {
  await commitChanges(
    ctx.services.storage,
    ctx.principal.tenantId,
    ctx.principal.id,
    async () => {
      const current = (await readOr404(ctx, kind, id)) as Stored<z.output<S>>;
      if (current.etag !== ifMatch) throw preconditionFailed();
      await authorise(current);
      return [{ kind, id, action: "delete", before: withoutEtag(current) as Doc, after: null }];
    },
    ctx.services.now,
  );
  return { status: 204 };
}

/**
 * PUT of an entity whose id is a natural key (a decision type, an initiative's month): without
 * If-Match it creates, and answers 428 when the entity exists already, so nothing is replaced
 * blindly; with If-Match it replaces the entity under optimistic concurrency (404, 412).
 */
export async function putEntity<S extends z.core.$ZodType>(
  ctx: RequestContext,
  kind: EntityType,
  schema: S,
  id: string,
  doc: Doc,
  options: {
    location?: (id: string) => string;
    /**
     * A rule the replacement must keep, checked inside the commit's plan (so against the data the
     * write is conditioned on) with the next and the current document; it throws to refuse.
     */
    checkReplace?: (next: z.output<S>, current: Stored<z.output<S>>) => void | Promise<void>;
  } = {},
): Promise<Reply> {
  const ifMatch = ctx.req.headers.get("if-match")?.trim();
  const { checkReplace } = options;
  if (ifMatch)
    return updateEntity(ctx, kind, id, schema, ifMatch, () => doc, "update", async (next, current) => {
      await checkReplace?.(next, current);
      return [];
    });
  if (await findEntity(ctx, kind, id)) throw preconditionRequired();
  return createEntity(ctx, kind, schema, doc, { id, location: options.location });
}

/** A stored entity as a response, with its ETag also in the header. */
export function entityReply<T extends { etag: string }>(entity: T): Reply {
  return { status: 200, body: entity, headers: { ETag: entity.etag } };
}
