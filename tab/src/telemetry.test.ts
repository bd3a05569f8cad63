import { describe, expect, it, vi } from "vitest";
import { startTelemetry, type TelemetrySink } from "./telemetry";

function fakeSink() {
  const sink: TelemetrySink = { trackPageView: vi.fn(), trackMetric: vi.fn(), trackException: vi.fn() };
  return sink;
}

describe("telemetry", () => {
  it("loads nothing without a connection string", async () => {
    const load = vi.fn();
    const stop = await startTelemetry(undefined, { load });
    expect(load).not.toHaveBeenCalled();
    stop();
  });

  it("reports the load time, page views per route and uncaught errors, and stops on request", async () => {
    const sink = fakeSink();
    window.location.hash = "#/risks?department=Finance";
    const stop = await startTelemetry("InstrumentationKey=00000000-0000-0000-0000-000000000000", { load: async () => sink });
    expect(sink.trackMetric).toHaveBeenCalledWith(expect.objectContaining({ name: "tab.loadTime" }));
    expect(sink.trackPageView).toHaveBeenLastCalledWith(expect.objectContaining({ name: "risks" }));

    window.location.hash = "#/owners";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(sink.trackPageView).toHaveBeenLastCalledWith(expect.objectContaining({ name: "owners" }));

    window.dispatchEvent(new ErrorEvent("error", { error: new Error("boom"), message: "boom" }));
    expect(sink.trackException).toHaveBeenCalledWith({ exception: expect.objectContaining({ message: "boom" }) });

    stop();
    window.dispatchEvent(new ErrorEvent("error", { message: "after stop" }));
    expect(sink.trackException).toHaveBeenCalledTimes(1);
  });
});
