import { describe, expect, it } from "vitest";
import { linkedPriorityMessage, removedLinkedPriorities } from "./priorityLinks";

const before = [
  { id: "margin", title: "Protect margin" },
  { id: "service", title: "Faster service" },
  { id: "people", title: "Upskill people" },
];
const initiatives = [
  { id: "i2", title: "Spend analytics", priorityIds: ["margin"] },
  { id: "i1", title: "Invoice matching", priorityIds: ["margin", "service"] },
  { id: "i3", title: "Chat triage", priorityIds: ["service"] },
];

describe("removedLinkedPriorities", () => {
  it("names each removed priority that initiatives link to, with its initiatives by title", () => {
    const links = removedLinkedPriorities(before, [{ id: "service" }], initiatives);
    expect(links).toEqual([
      {
        priority: { id: "margin", title: "Protect margin" },
        initiatives: [
          { id: "i1", title: "Invoice matching" },
          { id: "i2", title: "Spend analytics" },
        ],
      },
    ]);
    expect(links.map(linkedPriorityMessage)).toEqual([
      "'Protect margin' is linked by 2 initiatives: Invoice matching, Spend analytics",
    ]);
  });

  it("lets an unlinked priority go, and a kept or renamed one is no removal", () => {
    expect(removedLinkedPriorities(before, [{ id: "margin" }, { id: "service" }], initiatives)).toEqual([]);
    expect(removedLinkedPriorities(before, before, initiatives)).toEqual([]);
  });

  it("says 'initiative' for one", () => {
    const [link] = removedLinkedPriorities(before, [{ id: "margin" }, { id: "people" }], initiatives);
    expect(link && linkedPriorityMessage(link)).toBe(
      "'Faster service' is linked by 2 initiatives: Chat triage, Invoice matching",
    );
    const [one] = removedLinkedPriorities(before, [], initiatives.slice(2));
    expect(one && linkedPriorityMessage(one)).toBe("'Faster service' is linked by 1 initiative: Chat triage");
  });
});
