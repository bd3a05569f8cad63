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

  it("sends to the connection string's ingestion endpoint by default, and what is left when stopped", async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    window.location.hash = "#/board";
    const stop = await startTelemetry(
      "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/",
    );
    expect(fetch).not.toHaveBeenCalled();
    stop();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("https://westeurope-5.in.applicationinsights.azure.com/v2/track");
    const sent = JSON.parse(String(init?.body)) as { data: { baseType: string } }[];
    expect(sent.map((e) => e.data.baseType)).toEqual(["PageviewData", "MetricData"]);
  });
});
