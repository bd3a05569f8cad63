import type { BusinessPriority, Initiative } from "./schemas";

/** A business priority that a strategy change removes although initiatives still link to it. */
export type LinkedPriority = {
  priority: Pick<BusinessPriority, "id" | "title">;
  initiatives: Pick<Initiative, "id" | "title">[];
};

/**
 * The priorities of `before` that `after` no longer holds and that initiatives link to, in
 * `before`'s order, each with its initiatives by title. Every initiative counts, whatever its
 * stage: a retired one still names its priorities in reports and snapshots.
 */
export function removedLinkedPriorities(
  before: readonly Pick<BusinessPriority, "id" | "title">[],
  after: readonly Pick<BusinessPriority, "id">[],
  initiatives: readonly Pick<Initiative, "id" | "title" | "priorityIds">[],
): LinkedPriority[] {
  const kept = new Set(after.map((p) => p.id));
  return before
    .filter((p) => !kept.has(p.id))
    .map((p) => ({
      priority: { id: p.id, title: p.title },
      initiatives: initiatives
        .filter((i) => i.priorityIds.includes(p.id))
        .map((i) => ({ id: i.id, title: i.title }))
        .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)),
    }))
    .filter((link) => link.initiatives.length > 0);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "'Protect margin' is linked by 2 initiatives: Invoice matching, Spend analytics". */
export function linkedPriorityMessage({ priority, initiatives }: LinkedPriority): string {
  return `'${priority.title}' is linked by ${plural(initiatives.length, "initiative")}: ${initiatives.map((i) => i.title).join(", ")}`;
}
