import { describe, expect, it } from "vitest";
import { coalesce } from "./coalesce";

/** A call whose answers the test releases by hand: the nth call answers n. */
function controlledCalls() {
  const pending: { key: string; resolve: (n: number) => void; reject: (e: Error) => void }[] = [];
  let started = 0;
  const call = (key: string) =>
    new Promise<number>((resolve, reject) => {
      const n = ++started;
      pending.push({ key, resolve: () => resolve(n), reject });
    });
  return { call, pending, started: () => started };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("coalesce", () => {
  it("never answers a caller with a call that started before it arrived", async () => {
    const { call, pending, started } = controlledCalls();
    const read = coalesce(call);
    const first = read("t");
    expect(started()).toBe(1);
    // Arrive while call 1 is on its way: they must wait for a call that starts later.
    const second = read("t");
    const third = read("t");
    expect(started()).toBe(1);
    pending.shift()?.resolve(0);
    expect(await first).toBe(1);
    await tick();
    expect(started()).toBe(2);
    pending.shift()?.resolve(0);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it("keeps at most one call in flight and one waiting per key, and keys apart", async () => {
    const { call, pending, started } = controlledCalls();
    const read = coalesce(call);
    const answers = Array.from({ length: 20 }, () => read("t"));
    const other = read("u");
    expect(started()).toBe(2);
    expect(pending.map((p) => p.key)).toEqual(["t", "u"]);
    pending.shift()?.resolve(0);
    await tick();
    expect(started()).toBe(3);
    pending.shift()?.resolve(0);
    pending.shift()?.resolve(0);
    const values = await Promise.all(answers);
    expect(values[0]).toBe(1);
    expect(new Set(values.slice(1))).toEqual(new Set([3]));
    expect(await other).toBe(2);
  });

  it("passes a failure to the callers of that call only, and calls again for the next", async () => {
    const { call, pending } = controlledCalls();
    const read = coalesce(call);
    const failing = read("t");
    const waiting = read("t");
    pending.shift()?.reject(new Error("storage down"));
    await expect(failing).rejects.toThrow("storage down");
    await tick();
    pending.shift()?.resolve(0);
    expect(await waiting).toBe(2);
    const later = read("t");
    pending.shift()?.resolve(0);
    expect(await later).toBe(3);
  });
});
