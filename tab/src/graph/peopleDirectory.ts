import type { GraphAccess } from "./graphClient";

/**
 * People by Entra object id, from Microsoft Graph: name, job title, mail and a 48×48 photo (as an
 * object URL). Lookups made in the same tick are coalesced into `$batch` requests of at most 20
 * sub-requests (a profile and a photo per person, so 10 people per batch); answers are kept for the
 * session, in memory, up to `maxEntries` people. When Graph is unavailable every lookup answers null
 * and callers fall back to the names in our own data.
 */

export interface DirectoryPerson {
  id: string;
  displayName: string;
  jobTitle: string | null;
  mail: string | null;
  /** An object URL of the 48×48 photo, or null when the person has none. */
  photoUrl: string | null;
}

export interface PeopleDirectory {
  /** A person; null when Graph has nobody (or is unavailable); undefined while not known yet. */
  peek(id: string): DirectoryPerson | null | undefined;
  /** Looks these ids up (coalesced with the other lookups of this tick); resolves when known. */
  load(ids: readonly string[]): Promise<void>;
  /** Graph people search; null when Graph is unavailable (search our own data instead). */
  search(query: string, signal?: AbortSignal): Promise<DirectoryPerson[] | null>;
  /** Called after new answers arrive. */
  subscribe(listener: () => void): () => void;
  /** Changes whenever answers arrive: the snapshot for `useSyncExternalStore`. */
  readonly version: number;
  /** Forgets everything and releases the photos' object URLs. */
  clear(): void;
}

export interface PeopleDirectoryOptions {
  graph: GraphAccess;
  maxEntries?: number;
  objectUrls?: { create(blob: Blob): string; revoke(url: string): void };
}

/** Sub-requests per `$batch` request: Graph's limit. */
export const batchLimit = 20;
const userSelect = "id,displayName,jobTitle,mail";

/** Entra object ids are GUIDs; anything else (a demo id) is not asked for, nor put into a URL. */
const objectId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

function toPerson(value: unknown): Omit<DirectoryPerson, "photoUrl"> | null {
  if (typeof value !== "object" || value === null) return null;
  const u = value as Record<string, unknown>;
  const id = str(u.id);
  const displayName = str(u.displayName);
  return id && displayName ? { id, displayName, jobTitle: str(u.jobTitle), mail: str(u.mail) } : null;
}

/** `$batch` returns binary bodies base64-encoded. */
function photoBlob(response: BatchResponse): Blob | null {
  if (response.status !== 200 || typeof response.body !== "string") return null;
  const type = Object.entries(response.headers ?? {}).find(([k]) => k.toLowerCase() === "content-type")?.[1];
  try {
    const binary = atob(response.body);
    return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type: type ?? "image/jpeg" });
  } catch {
    return null;
  }
}

/**
 * The `$search` of /users for what someone typed: display names and mail addresses with a word
 * starting with it. Inside the quoted phrase `\` and `"` are escaped; the whole value is then
 * URL-encoded, because graph-client puts query values into the URL as they are.
 */
export function userSearchPath(query: string, top = 10): string {
  const term = query.trim().slice(0, 100).replace(/[\\"]/g, (c) => `\\${c}`);
  const search = `"displayName:${term}" OR "mail:${term}"`;
  return `/users?$search=${encodeURIComponent(search)}&$select=${userSelect}&$top=${top}`;
}

export function createPeopleDirectory({
  graph,
  maxEntries = 500,
  objectUrls = { create: (b) => URL.createObjectURL(b), revoke: (u) => URL.revokeObjectURL(u) },
}: PeopleDirectoryOptions): PeopleDirectory {
  const known = new Map<string, DirectoryPerson | null>();
  const inFlight = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let version = 0;
  let queued: string[] = [];
  let flushing: Promise<void> | null = null;
  // Bumped by clear(): answers to requests sent before it are dropped.
  let generation = 0;

  function changed() {
    version++;
    for (const listener of listeners) listener();
  }

  function store(id: string, person: DirectoryPerson | null) {
    const previous = known.get(id);
    if (previous?.photoUrl) objectUrls.revoke(previous.photoUrl);
    known.delete(id);
    known.set(id, person);
    // The oldest answers make room.
    for (const [oldId, old] of known) {
      if (known.size <= maxEntries) break;
      if (old?.photoUrl) objectUrls.revoke(old.photoUrl);
      known.delete(oldId);
    }
  }

  async function fetchBatch(client: NonNullable<Awaited<ReturnType<GraphAccess["client"]>>>, ids: string[]) {
    const requests = ids.flatMap((id, i) => [
      { id: `user-${i}`, method: "GET", url: `/users/${encodeURIComponent(id)}?$select=${userSelect}` },
      { id: `photo-${i}`, method: "GET", url: `/users/${encodeURIComponent(id)}/photos/48x48/$value` },
    ]);
    const answer = (await client.api("/$batch").post({ requests })) as { responses?: BatchResponse[] };
    const byId = new Map((answer.responses ?? []).map((r) => [r.id, r]));
    return ids.map((id, i): DirectoryPerson | null => {
      const user = byId.get(`user-${i}`);
      const person = user?.status === 200 ? toPerson(user.body) : null;
      if (!person) return null;
      const photo = byId.get(`photo-${i}`);
      const blob = photo ? photoBlob(photo) : null;
      return { ...person, id, photoUrl: blob ? objectUrls.create(blob) : null };
    });
  }

  async function flush(): Promise<void> {
    const ids = queued;
    queued = [];
    const started = generation;
    let answers: Map<string, DirectoryPerson | null>;
    try {
      const client = await graph.client();
      answers = new Map(ids.map((id) => [id, null]));
      if (client) {
        const perBatch = batchLimit / 2;
        for (let i = 0; i < ids.length; i += perBatch) {
          const chunk = ids.slice(i, i + perBatch);
          const people = await fetchBatch(client, chunk);
          chunk.forEach((id, j) => answers.set(id, people[j] ?? null));
        }
      }
    } catch (error) {
      // Names fall back to our own data for the rest of the session rather than retrying in a loop.
      console.info("Microsoft Graph lookup failed; using the strategy profile's names:", error);
      answers = new Map(ids.map((id) => [id, null]));
    }
    if (started !== generation) {
      for (const person of answers.values()) if (person?.photoUrl) objectUrls.revoke(person.photoUrl);
      return;
    }
    for (const [id, person] of answers) store(id, person);
    changed();
  }

  function load(ids: readonly string[]): Promise<void> {
    const waits: Promise<void>[] = [];
    let added = false;
    for (const id of new Set(ids)) {
      if (known.has(id)) continue;
      const pending = inFlight.get(id);
      if (pending) {
        waits.push(pending);
        continue;
      }
      if (!objectId.test(id)) {
        store(id, null);
        added = true;
        continue;
      }
      queued.push(id);
    }
    if (added) changed();
    if (queued.length > 0) {
      // One flush per tick: every component that asks during this render shares it.
      flushing ??= Promise.resolve().then(() => {
        flushing = null;
        return flush();
      });
      const batch = flushing;
      for (const id of queued) inFlight.set(id, batch);
      void batch.finally(() => {
        for (const [id, p] of inFlight) if (p === batch) inFlight.delete(id);
      });
      waits.push(batch);
    }
    return Promise.all(waits).then(() => undefined);
  }

  return {
    peek: (id) => known.get(id),
    load,

    async search(query, signal) {
      if (query.trim() === "") return [];
      const client = await graph.client();
      if (!client) return null;
      const answer = (await client
        .api(userSearchPath(query))
        .header("ConsistencyLevel", "eventual")
        .option("signal", signal)
        .get()) as { value?: unknown[] };
      return (answer.value ?? [])
        .map(toPerson)
        .filter((p): p is Omit<DirectoryPerson, "photoUrl"> => p !== null)
        .map((p) => ({ ...p, photoUrl: known.get(p.id)?.photoUrl ?? null }));
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get version() {
      return version;
    },

    clear() {
      generation++;
      for (const person of known.values()) if (person?.photoUrl) objectUrls.revoke(person.photoUrl);
      known.clear();
      inFlight.clear();
      changed();
    },
  };
}
