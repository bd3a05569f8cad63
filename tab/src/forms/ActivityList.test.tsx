import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { json, stubFetch } from "../../test/fetchStub";
import { renderWithApi } from "../../test/render";
import { ActivityList, shownValue, type ActivityEvent } from "./ActivityList";

const slow = { timeout: 5000 };
const long =
  "Invoices are matched by hand today, which takes the finance team four days every month end and delays the close.";

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

describe("ActivityList", { timeout: 15_000 }, () => {
  it("lists who changed what, field by field, with long values truncated and in full in the title", async () => {
    const host = stubFetch({
      "GET /api/audit": () =>
        json({
          items: [
            event(2, {
              changes: [
                { path: "health", before: "green", after: "amber" },
                { path: "problemStatement", before: null, after: long },
              ],
            }),
            event(1, { actorId: "cfo", action: "create", changes: [] }),
          ],
        }),
    });
    renderWithApi(<ActivityList entityId="i-1" names={new Map([["cio", "Mateo Fernández"]])} />, host.fetch);
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    const items = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Mateo Fernández updated");
    expect(items[0]).toHaveTextContent("health: green → amber");
    expect(items[0]).toHaveTextContent("problemStatement: — → Invoices are matched");
    expect(items[0]).not.toHaveTextContent("delays the close.");
    expect(within(items[0] as HTMLElement).getByTitle(long)).toHaveTextContent(/…$/);
    expect(items[1]).toHaveTextContent("cfo created");
    const url = host.urls("/api/audit")[0];
    expect(url?.searchParams.get("entityId")).toBe("i-1");
    expect(url?.searchParams.get("limit")).toBe("50");
  });

  it("derives the changes from before and after when the event does not list them", async () => {
    const host = stubFetch({
      "GET /api/audit": () =>
        json({ items: [event(3, { before: { health: "amber" }, after: { health: "red" } })] }),
    });
    renderWithApi(<ActivityList entityId="i-1" names={new Map()} />, host.fetch);
    const changes = await screen.findByRole("list", { name: "Changes" }, slow);
    expect(changes).toHaveTextContent("health: amber → red");
  });

  it("follows the API's next while the initiative's events lie further back than one request reads", async () => {
    const host = stubFetch({
      "GET /api/audit": (request) =>
        request.url.searchParams.has("before")
          ? json({ items: [event(2, { changes: [] }), event(1, { action: "create", changes: [] })] })
          : json({ items: [], next: 3 }),
    });
    renderWithApi(<ActivityList entityId="i-1" names={new Map()} />, host.fetch);
    const list = await screen.findByRole("list", { name: "Activity" }, slow);
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    const [, second] = host.urls("/api/audit");
    expect(second?.searchParams.get("before")).toBe("3");
    expect(second?.searchParams.get("entityId")).toBe("i-1");
  });

  it("names people in fields that hold person ids, and leaves other values as they are", () => {
    const names = new Map([
      ["cfo", "Henrik Vogel"],
      ["ceo", "Sofia Lindqvist"],
    ]);
    expect(shownValue("informedIds", ["cfo"], names)).toBe("Henrik Vogel");
    expect(shownValue("informedIds", ["cfo", "ceo", "x-9"], names)).toBe("Henrik Vogel, Sofia Lindqvist, x-9");
    expect(shownValue("priorities.p-1.sponsorId", "ceo", names)).toBe("Sofia Lindqvist");
    expect(shownValue("priorityIds", ["p-1", "p-2"], names)).toBe('["p-1","p-2"]');
    expect(shownValue("health", "cfo", names)).toBe("cfo");
    expect(shownValue("informedIds", null, names)).toBe("—");
  });
});
