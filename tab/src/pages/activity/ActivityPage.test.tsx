import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { json, stubFetch, type Handler } from "../../../test/fetchStub";
import { renderWithApi } from "../../../test/render";
import type { ActivityEvent } from "../../forms/ActivityList";
import { ActivityView } from "./ActivityPage";

const slow = { timeout: 5000 };

const event = (seq: number, extra: Partial<ActivityEvent>): ActivityEvent => ({
  tenantId: "t",
  seq,
  at: "2026-05-04T09:30:00.000Z",
  actorId: "cio",
  action: "update",
  entityType: "initiative",
  entityId: "i-1",
  before: null,
  after: null,
  prevHash: "0".repeat(64),
  hash: "1".repeat(64),
  ...extra,
});

const strategy = {
  executives: [
    { id: "cio", displayName: "Mateo Fernández", jobTitle: "CIO" },
    { id: "cfo", displayName: "Casey Moreau", jobTitle: "CFO" },
  ],
  etag: 'W/"s"',
};

/** Event `seq` of the stub log: the CFO's risks on even numbers, the CIO's initiative on odd ones. */
const logEvent = (seq: number): ActivityEvent =>
  seq % 2 === 0
    ? event(seq, {
        entityType: "risk",
        entityId: `r-${seq}`,
        actorId: "cfo",
        before: { initiativeId: "i-1", title: `Risk ${seq}`, status: "open" },
        after: { initiativeId: "i-1", title: `Risk ${seq}`, status: "closed" },
      })
    : event(seq, {
        before: { title: "Invoice matching", health: "green" },
        after: { title: "Invoice matching", health: "amber" },
      });

/**
 * GET /api/audit over a log of `total` events as the API answers it: newest first, before the
 * `before` cursor, filtered by entityType and actorId, reading at most `scan` sequence numbers
 * per request and answering `next` while older events remain.
 */
function log(total: number, { scan = Infinity, at = logEvent } = {}): Handler {
  return (request) => {
    const q = request.url.searchParams;
    const limit = Number(q.get("limit") ?? 100);
    const upTo = Math.min(Number(q.get("before") ?? Infinity), total + 1);
    const floor = Math.max(1, upTo - scan);
    const items: ActivityEvent[] = [];
    for (let seq = upTo - 1; seq >= floor; seq--) {
      const e = at(seq);
      if (q.has("entityType") && e.entityType !== q.get("entityType")) continue;
      if (q.has("actorId") && e.actorId !== q.get("actorId")) continue;
      items.push(e);
      if (items.length === limit) return json(seq > 1 ? { items, next: seq } : { items });
    }
    return json(floor > 1 ? { items, next: floor } : { items });
  };
}

function setup(routes: Record<string, Handler>, manages = true) {
  const host = stubFetch({ "GET /api/strategy": () => json(strategy), ...routes });
  renderWithApi(<ActivityView manages={manages} />, host.fetch);
  return host;
}

const entries = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .filter((li) => li.parentElement === list);

beforeEach(() => window.history.replaceState(null, "", "#/activity"));

describe("ActivityView", { timeout: 15_000 }, () => {
  it("lists who changed what, before → after, with a link to the initiative", async () => {
    setup({ "GET /api/audit": log(3) });
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    const [first, second] = entries(list);
    await waitFor(() => expect(first).toHaveTextContent("Mateo Fernández updated Initiative “Invoice matching”"), slow);
    expect(first).toHaveTextContent("health: green → amber");
    expect(within(first as HTMLElement).getByRole("link", { name: "Invoice matching" })).toHaveAttribute(
      "href",
      expect.stringContaining("#/initiatives/i-1"),
    );
    expect(second).toHaveTextContent("Casey Moreau updated Risk “Risk 2”");
    expect(second).toHaveTextContent("status: open → closed");
    // The risk's initiative is named by the initiative's own events in the log.
    expect(within(second as HTMLElement).getByRole("link", { name: "Invoice matching" })).toBeInTheDocument();
  });

  it("loads more from the server's cursor, the events so far staying, until there is no next", async () => {
    const user = userEvent.setup();
    const host = setup({ "GET /api/audit": log(70) });
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    expect(entries(list)).toHaveLength(50);
    const [first] = host.urls("/api/audit");
    expect(first?.searchParams.get("limit")).toBe("50");
    expect(first?.searchParams.has("before")).toBe(false);
    expect(first?.searchParams.has("entityId")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(entries(screen.getByRole("list", { name: "Activity" }))).toHaveLength(70), slow);
    const second = host.urls("/api/audit")[1];
    expect(second?.searchParams.get("before")).toBe("21");
    expect(second?.searchParams.get("limit")).toBe("50");
    expect(entries(screen.getByRole("list", { name: "Activity" })).at(-1)).toHaveTextContent("Mateo Fernández updated Initiative");
    // The server answered no next: that was all of it.
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
    expect(screen.queryByText(/latest changes/)).toBeNull();
  });

  it("pages past 500 events while the server answers a next", async () => {
    const user = userEvent.setup();
    const bare = (seq: number) => event(seq, { entityId: `i-${seq}` });
    const host = setup({ "GET /api/audit": log(620, { at: bare }) });
    await screen.findByRole("list", { name: "Activity" }, slow);
    for (let page = 2; page <= 11; page++) {
      await user.click(screen.getByRole("button", { name: "Load more" }));
      await waitFor(() => expect(entries(screen.getByRole("list", { name: "Activity" }))).toHaveLength(50 * page), slow);
    }
    expect(host.urls("/api/audit").at(-1)?.searchParams.get("before")).toBe("121");
    expect(screen.getByRole("button", { name: "Load more" })).toBeEnabled();
  }, 30_000);

  it("filters by kind of change and by person on the server, the filters in the link", async () => {
    const user = userEvent.setup();
    const host = setup({ "GET /api/audit": log(6) });
    await screen.findByRole("list", { name: "Activity" }, slow);
    await user.selectOptions(screen.getByRole("combobox", { name: "Kind of change" }), "risk");
    await waitFor(() => expect(host.urls("/api/audit").at(-1)?.searchParams.get("entityType")).toBe("risk"), slow);
    await waitFor(() => expect(entries(screen.getByRole("list", { name: "Activity" }))).toHaveLength(3), slow);
    expect(window.location.hash).toBe("#/activity?type=risk");
    for (const entry of entries(screen.getByRole("list", { name: "Activity" }))) expect(entry).toHaveTextContent(/updated Risk/);
    expect(screen.queryByText(/match the filters/)).toBeNull();

    await user.selectOptions(screen.getByRole("combobox", { name: "Kind of change" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Person" }), "Mateo Fernández");
    await waitFor(() => expect(host.urls("/api/audit").at(-1)?.searchParams.get("actorId")).toBe("cio"), slow);
    expect(host.urls("/api/audit").at(-1)?.searchParams.has("entityType")).toBe(false);
    expect(window.location.hash).toBe("#/activity?person=cio");
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    await waitFor(() => expect(entries(list)).toHaveLength(3), slow);
    for (const entry of entries(list)) expect(entry).toHaveTextContent(/^Mateo Fernández updated Initiative/);
  });

  it("starts from the filters in the link, and offers everyone the strategy names", async () => {
    window.history.replaceState(null, "", "#/activity?type=risk&person=cfo");
    const host = setup({ "GET /api/audit": log(4) });
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    expect(entries(list)).toHaveLength(2);
    const [first] = host.urls("/api/audit");
    expect(first?.searchParams.get("entityType")).toBe("risk");
    expect(first?.searchParams.get("actorId")).toBe("cfo");
    // The CIO changed none of the risks loaded, and is a choice all the same.
    const person = screen.getByRole("combobox", { name: "Person" });
    await waitFor(() => expect(within(person).getByRole("option", { name: "Mateo Fernández" })).toBeInTheDocument(), slow);
  });

  it("follows the cursor while a sparse filter finds nothing in the part of the log each request reads", async () => {
    window.history.replaceState(null, "", "#/activity?type=strategy");
    const rare = (seq: number) => (seq === 3 ? event(3, { entityType: "strategy", entityId: "profile" }) : logEvent(seq));
    const host = setup({ "GET /api/audit": log(2000, { scan: 500, at: rare }) });
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    expect(entries(list)).toHaveLength(1);
    expect(entries(list)[0]).toHaveTextContent("Mateo Fernández updated Strategy profile");
    expect(host.urls("/api/audit").map((u) => u.searchParams.get("before"))).toEqual([null, "1501", "1001", "501"]);
    expect(screen.queryByRole("button", { name: "Load more" })).toBeNull();
  });

  it("says when nothing matches yet and offers to look further back", async () => {
    window.history.replaceState(null, "", "#/activity?type=strategy");
    setup({ "GET /api/audit": log(100_000, { scan: 500 }) });
    expect(await screen.findByText(/No change matches the filters among the latest ones/, {}, slow)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Load more" })).toBeEnabled();
  });

  it("verifies the chain for the portfolio office: intact, or the first broken event", async () => {
    const user = userEvent.setup();
    let intact = true;
    setup({
      "GET /api/audit": log(1),
      "GET /api/audit/verify": () =>
        json(intact ? { intact: true, events: 1234 } : { intact: false, events: 1234, firstBreak: { seq: 17, reason: "hash" } }),
    });
    await user.click(await screen.findByRole("button", { name: "Verify chain" }, slow));
    expect(await screen.findByText("The audit chain is intact.", {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/All 1,234 recorded events/)).toBeInTheDocument();
    intact = false;
    await user.click(screen.getByRole("button", { name: "Verify chain" }));
    expect(await screen.findByText("The audit chain is broken.", {}, slow)).toBeInTheDocument();
    expect(screen.getByText(/first broken event is #\s*17: its content does not match its hash/)).toBeInTheDocument();
  });

  it("offers no verification to anyone else", async () => {
    setup({ "GET /api/audit": log(1) }, false);
    await screen.findByRole("list", { name: "Activity" }, slow);
    expect(screen.queryByRole("button", { name: "Verify chain" })).toBeNull();
  });
});
