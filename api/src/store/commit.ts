import { AsyncLocalStorage } from "node:async_hooks";
import type { EntityType, AuditEvent } from "../domain/schemas";
import { auditEvent } from "../domain/schemas";
import { serviceUnavailable } from "../errors";
import { auditHash, genesisHash } from "./auditChain";
import type { StorageClients } from "./clients";
import { encodeDocument } from "./codec";
import { statusOf, toRow, type Row, type TransactionAction } from "./repository";
import { auditRowKey, headRowKey, rowKey } from "./rows";

/** The tenant's head: the sequence number and hash of its latest audit event. Its ETag is the data version. */
export type Head = { seq: number; hash: string; etag: string | undefined };

export async function readHead(clients: StorageClients, tenantId: string): Promise<Head> {
  await clients.ready();
  try {
    const row = await clients.table.getEntity<{ seq: number; hash: string }>(tenantId, headRowKey);
    return { seq: Number(row.seq), hash: String(row.hash), etag: row.etag };
  } catch (error) {
    if (statusOf(error) === 404) return { seq: 0, hash: genesisHash, etag: undefined };
    throw error;
  }
}

/**
 * The head a running plan is conditioned on. Reads made by the plan (through TenantDataCache) see
 * the tenant at exactly this head without asking storage again: the transaction commits only if
 * the head is still this one, so whatever the plan read is what it writes over.
 */
const commitScope = new AsyncLocalStorage<{ tenantId: string; head: Head }>();

/** The head of the commit whose plan is running in this async context, for this tenant. */
export function planningHead(tenantId: string): Head | undefined {
  const scope = commitScope.getStore();
  return scope?.tenantId === tenantId ? scope.head : undefined;
}

export type Change = {
  kind: EntityType;
  id: string;
  action: AuditEvent["action"];
  /** The stored document before the change (null on create). */
  before: Record<string, unknown> | null;
  /** The document after the change (null on delete). */
  after: Record<string, unknown> | null;
};

export type Committed = { seq: number; etags: Map<string, string> };

/** What a successful commit changed, for in-process caches that can apply it instead of re-reading. */
export type CommitEvent = { tenantId: string; fromSeq: number; toSeq: number; changes: readonly Change[]; etags: Map<string, string> };
type CommitListener = (event: CommitEvent) => void;

const listeners = new WeakMap<StorageClients, Set<CommitListener>>();
/** The head this process last wrote, per tenant: the next write can skip reading it (the ETag still guards). */
const knownHeads = new WeakMap<StorageClients, Map<string, Head>>();

export function onCommitted(clients: StorageClients, listener: CommitListener): () => void {
  let set = listeners.get(clients);
  if (!set) listeners.set(clients, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function headsOf(clients: StorageClients): Map<string, Head> {
  let heads = knownHeads.get(clients);
  if (!heads) knownHeads.set(clients, (heads = new Map()));
  return heads;
}

/** Changes that can go into one transaction: each needs an audit row, plus the head row (limit 100). */
export const maxChangesPerCommit = 49;
const maxAttempts = 12;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes a set of changes of one tenant atomically, with one hash-chained audit event each.
 *
 * `plan` reads the current state and decides the changes (throwing, e.g. 412 on a stale If-Match).
 * It runs after the head was read, and the transaction is conditional on the head's ETag; since
 * every write moves the head, a transaction that succeeds saw no other write since `plan` read.
 * When another writer moved the head first, the whole plan runs again on fresh data.
 */
export function commitChanges(
  clients: StorageClients,
  tenantId: string,
  actorId: string,
  plan: () => Promise<Change[]>,
  now: () => Date = () => new Date(),
): Promise<Committed> {
  // Writers of one tenant queue up inside this process; across instances the head's ETag decides.
  const previous = tenantQueues.get(tenantId) ?? Promise.resolve();
  const run = previous.then(() => commitOnce(clients, tenantId, actorId, plan, now));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  tenantQueues.set(tenantId, settled);
  void settled.then(() => {
    if (tenantQueues.get(tenantId) === settled) tenantQueues.delete(tenantId);
  });
  return run;
}

const tenantQueues = new Map<string, Promise<void>>();

async function commitOnce(
  clients: StorageClients,
  tenantId: string,
  actorId: string,
  plan: () => Promise<Change[]>,
  now: () => Date,
): Promise<Committed> {
  const heads = headsOf(clients);
  for (let attempt = 1; ; attempt++) {
    // The transaction is conditional on the head's ETag, so a head remembered from this process's
    // last write is safe to start from: if another instance moved it, the commit fails and retries.
    const head = heads.get(tenantId) ?? (await readHead(clients, tenantId));
    const changes = await commitScope.run({ tenantId, head }, plan);
    if (changes.length === 0) return { seq: head.seq, etags: new Map() };
    if (changes.length > maxChangesPerCommit) throw new Error(`at most ${maxChangesPerCommit} changes per commit`);
    const at = now().toISOString();
    const actions: TransactionAction[] = [];
    let prevHash = head.hash;
    let seq = head.seq;
    for (const change of changes) {
      const key = rowKey(change.kind, change.id);
      if (change.after === null) actions.push(["delete", { partitionKey: tenantId, rowKey: key }]);
      else {
        const row = toRow(tenantId, change.kind, change.id, change.after);
        actions.push(change.before === null ? ["create", row] : ["upsert", row, "Replace"]);
      }
      seq++;
      const unsigned = {
        tenantId,
        seq,
        at,
        actorId,
        action: change.action,
        entityType: change.kind,
        entityId: change.id,
        before: change.before,
        after: change.after,
        prevHash,
      };
      const event = auditEvent.parse({ ...unsigned, hash: auditHash(unsigned) });
      prevHash = event.hash;
      const auditRow: Row = {
        partitionKey: tenantId,
        rowKey: auditRowKey(seq),
        seq,
        entityType: change.kind,
        entityId: change.id,
        ...encodeDocument(event),
      };
      actions.push(["create", auditRow]);
    }
    const headRow: Row = { partitionKey: tenantId, rowKey: headRowKey, seq, hash: prevHash };
    actions.push(head.etag ? ["update", headRow, "Replace", { etag: head.etag }] : ["create", headRow]);
    try {
      const response = await clients.table.submitTransaction(actions);
      // Sub-responses come in the order of the actions: each change's row, then its audit row.
      const etags = new Map<string, string>();
      changes.forEach((change, i) => {
        const etag = response.subResponses[2 * i]?.etag;
        if (etag && change.after !== null) etags.set(rowKey(change.kind, change.id), etag);
      });
      const headEtag = response.subResponses[actions.length - 1]?.etag;
      if (headEtag) heads.set(tenantId, { seq, hash: prevHash, etag: headEtag });
      else heads.delete(tenantId);
      const event: CommitEvent = { tenantId, fromSeq: head.seq, toSeq: seq, changes, etags };
      for (const listener of listeners.get(clients) ?? []) listener(event);
      return { seq, etags };
    } catch (error) {
      heads.delete(tenantId);
      const status = statusOf(error);
      // 412: the head moved; 409: another writer created the head or the same new row first.
      if (status === 412 || status === 409) {
        if (attempt >= maxAttempts) throw serviceUnavailable(1);
        await sleep(Math.random() * 5 * attempt);
        continue;
      }
      throw error;
    }
  }
}
