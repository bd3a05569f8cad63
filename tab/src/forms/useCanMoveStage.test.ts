import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useCanMoveStage } from "./useCanMoveStage";

const ceo = { id: "ceo", name: "ceo", tenantId: "t", roles: ["Executive" as const] };
const rights = [{ decisionType: "scale" as const, accountableId: "ceo" }];

describe("useCanMoveStage", () => {
  it("offers the move once the rule has loaded, to the Accountable of a move the initiative can make", async () => {
    const { result } = renderHook(() => useCanMoveStage(ceo, { id: "i-1", stage: "pilot" }, rights));
    await waitFor(() => expect(result.current).toBe(true));
  });

  it("offers nothing while the decision rights or the initiative are not read", async () => {
    const unread = renderHook(() => useCanMoveStage(ceo, { id: "i-1", stage: "pilot" }, undefined));
    const noInitiative = renderHook(() => useCanMoveStage(ceo, undefined, rights));
    const notTheirs = renderHook(() => useCanMoveStage(ceo, { id: "i-1", stage: "idea" }, rights));
    // Once the rule has loaded (a hook that can move says yes), the answers stay no.
    const control = renderHook(() => useCanMoveStage(ceo, { id: "i-1", stage: "pilot" }, rights));
    await waitFor(() => expect(control.result.current).toBe(true));
    expect([unread.result.current, noInitiative.result.current, notTheirs.result.current]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
