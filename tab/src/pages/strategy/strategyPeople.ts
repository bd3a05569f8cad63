import { useMemo } from "react";
import type { StrategyProfile } from "@domain/schemas/strategy";
import { useApiGet } from "../../api/hooks";
import type { KnownPerson } from "../../graph/usePeople";

/** GET /api/strategy: the tenant's one strategy profile, with the ETag to replace it. */
export type StoredStrategy = StrategyProfile & { etag: string };

/** Who may change the strategy, the decision rights and verify the audit chain (the API checks too). */
export const managesGovernance = (roles: readonly string[]) => roles.includes("Portfolio.Manager");

/**
 * The strategy profile and the people it names: the executives (for PersonName and the people
 * picker) and their names by id (null while the profile is not loaded or does not exist).
 */
export function useStrategyPeople() {
  const strategy = useApiGet<StoredStrategy>("/strategy");
  const known = useMemo<readonly KnownPerson[] | null>(() => strategy.data?.executives ?? null, [strategy.data]);
  const names = useMemo(() => new Map((known ?? []).map((p) => [p.id, p.displayName])), [known]);
  return { strategy, known, names };
}
