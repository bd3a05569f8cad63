import { describe, expect, it, vi } from "vitest";
import { json, problem, stubFetch, type SentRequest } from "../../test/fetchStub";
import { createGraphAccess, graphScopes } from "./graphClient";
import { batchLimit, createPeopleDirectory, userSearchPath } from "./peopleDirectory";

/** Entra object ids: 00000000-0000-0000-0000-00000000000n. */
const oid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`;
const nameOf = (id: string) => `Person ${Number(id.slice(-12))}`;

interface SubRequest {
  id: string;
  method: string;
  url: string;
}

/** Graph's $batch, answering from a directory of people; photos for even-numbered people only. */
function graphHost(options: { batchStatus?: number } = {}) {
  const host = stubFetch({
    "POST /v1.0/$batch": (r: SentRequest) => {
      if (options.batchStatus) return problem(options.batchStatus, "Forbidden");
      const { requests } = JSON.parse(r.body ?? "{}") as { requests: SubRequest[] };
      return json({
        responses: requests.map((sub) => {
          const [, userId = "", photo] = /^\/users\/([^/?]+)(\/photos)?/.exec(sub.url) ?? [];
          const n = Number(userId.slice(-12));
          if (photo) {
            return n % 2 === 0
              ? { id: sub.id, status: 200, headers: { "Content-Type": "image/jpeg" }, body: btoa(`jpeg of ${n}`) }
              : { id: sub.id, status: 404, body: { error: { code: "ImageNotFound" } } };
          }
          return {
            id: sub.id,
            status: 200,
            body: { id: userId, displayName: nameOf(userId), jobTitle: `Title ${n}`, mail: `p${n}@contoso.example` },
          };
        }),
      });
    },
  });
  vi.stubGlobal("fetch", host.fetch);
  const batches = () =>
    host.requests
      .filter((r) => r.url.pathname === "/v1.0/$batch")
      .map((r) => (JSON.parse(r.body ?? "{}") as { requests: SubRequest[] }).requests);
  return { ...host, batches };
}

function setup({ token = "graph-token" as string | null, maxEntries = 500 } = {}) {
  const getToken = vi.fn(async (_scopes: readonly string[]) => token);
  let urls = 0;
  const objectUrls = { create: vi.fn((_blob: Blob) => `blob:photo-${++urls}`), revoke: vi.fn((_url: string) => {}) };
  const directory = createPeopleDirectory({ graph: createGraphAccess(getToken), maxEntries, objectUrls });
  return { directory, getToken, objectUrls };
}

describe("people directory", () => {
  it("asks Graph in $batch requests of at most 20 sub-requests: a profile and a photo per person", async () => {
    const host = graphHost();
    const { directory, getToken, objectUrls } = setup();
    const ids = Array.from({ length: 25 }, (_, i) => oid(i + 1));

    await directory.load(ids);

    const batches = host.batches();
    expect(batches.map((b) => b.length)).toEqual([20, 20, 10]);
    expect(batches.every((b) => b.length <= batchLimit)).toBe(true);
    expect(batches[0]?.slice(0, 2)).toEqual([
      { id: "user-0", method: "GET", url: `/users/${oid(1)}?$select=id,displayName,jobTitle,mail` },
      { id: "photo-0", method: "GET", url: `/users/${oid(1)}/photos/48x48/$value` },
    ]);
    // Every person asked exactly once, across the batches.
    const asked = batches.flat().filter((s) => s.id.startsWith("user-")).map((s) => s.url.slice(7, 43));
    expect(asked.sort()).toEqual([...ids].sort());
    expect(host.requests[0]?.headers.get("authorization")).toBe("Bearer graph-token");
    expect(getToken).toHaveBeenCalledWith(graphScopes);

    expect(directory.peek(oid(2))).toEqual({
      id: oid(2),
      displayName: "Person 2",
      jobTitle: "Title 2",
      mail: "p2@contoso.example",
      photoUrl: expect.stringMatching(/^blob:photo-\d+$/),
    });
    expect(directory.peek(oid(1))?.photoUrl).toBeNull();
    // Twelve of the 25 have a photo; each became an object URL of the image's bytes.
    expect(objectUrls.create).toHaveBeenCalledTimes(12);
    const blob = objectUrls.create.mock.calls[0]?.[0];
    expect(blob?.type).toBe("image/jpeg");
    expect(await blob?.text()).toMatch(/^jpeg of \d+$/);
  });

  it("answers from its cache the second time, and shares one request between lookups of the same tick", async () => {
    const host = graphHost();
    const { directory } = setup();
    const listener = vi.fn();
    directory.subscribe(listener);

    await Promise.all([directory.load([oid(1), oid(2)]), directory.load([oid(2), oid(3)])]);
    expect(host.batches().map((b) => b.length)).toEqual([6]);
    expect(listener).toHaveBeenCalledTimes(1);

    await directory.load([oid(3), oid(1)]);
    expect(host.batches()).toHaveLength(1);
    expect(directory.peek(oid(3))?.displayName).toBe("Person 3");
  });

  it("falls back without Graph: no token (local sign-in, no consent) means no request at all", async () => {
    const host = graphHost();
    const { directory, getToken } = setup({ token: null });

    await directory.load([oid(1)]);

    expect(getToken).toHaveBeenCalled();
    expect(host.requests).toHaveLength(0);
    expect(directory.peek(oid(1))).toBeNull();
    expect(await directory.search("Per")).toBeNull();
  });

  it("falls back when Graph refuses the batch", async () => {
    graphHost({ batchStatus: 403 });
    vi.spyOn(console, "info").mockImplementation(() => {});
    const { directory } = setup();
    await directory.load([oid(1)]);
    expect(directory.peek(oid(1))).toBeNull();
  });

  it("never asks for ids that are not Entra object ids", async () => {
    const host = graphHost();
    const { directory } = setup();
    await directory.load(["ceo", "../me", oid(4)]);
    expect(host.batches().flat().map((s) => s.url)).toEqual([
      `/users/${oid(4)}?$select=id,displayName,jobTitle,mail`,
      `/users/${oid(4)}/photos/48x48/$value`,
    ]);
    expect(directory.peek("ceo")).toBeNull();
  });

  it("keeps at most maxEntries people, releasing the photos it forgets", async () => {
    graphHost();
    const { directory, objectUrls } = setup({ maxEntries: 2 });
    await directory.load([oid(2)]);
    const firstPhoto = directory.peek(oid(2))?.photoUrl;
    await directory.load([oid(4), oid(6)]);

    expect(directory.peek(oid(2))).toBeUndefined();
    expect(directory.peek(oid(4))?.displayName).toBe("Person 4");
    expect(directory.peek(oid(6))?.displayName).toBe("Person 6");
    expect(objectUrls.revoke).toHaveBeenCalledWith(firstPhoto);
  });

  it("releases every photo when cleared", async () => {
    graphHost();
    const { directory, objectUrls } = setup();
    await directory.load([oid(2), oid(4)]);
    directory.clear();
    expect(objectUrls.revoke).toHaveBeenCalledTimes(2);
    expect(directory.peek(oid(2))).toBeUndefined();
  });
});

describe("userSearchPath", () => {
  const searchOf = (path: string) =>
    new URL(path, "https://graph.microsoft.com/v1.0/").searchParams.get("$search");

  it("searches display names and mail addresses", () => {
    const path = userSearchPath("  Ave ");
    expect(path).toMatch(/^\/users\?\$search=/);
    expect(searchOf(path)).toBe('"displayName:Ave" OR "mail:Ave"');
    expect(new URL(path, "https://graph.microsoft.com/v1.0/").searchParams.get("$select")).toBe(
      "id,displayName,jobTitle,mail",
    );
  });

  it("escapes quotes and backslashes inside the phrase and URL-encodes the value", () => {
    const path = userSearchPath('O\'Brien "x" \\ & $top=999 #');
    expect(searchOf(path)).toBe('"displayName:O\'Brien \\"x\\" \\\\ & $top=999 #" OR "mail:O\'Brien \\"x\\" \\\\ & $top=999 #"');
    // Nothing typed can add or change a query option.
    const params = new URL(path, "https://graph.microsoft.com/v1.0/").searchParams;
    expect([...params.keys()]).toEqual(["$search", "$select", "$top"]);
    expect(params.get("$top")).toBe("10");
    expect(path).not.toMatch(/[ "#]/);
  });
});
