import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  createAppInsightsSender,
  exceptionEnvelope,
  metricEnvelope,
  pageViewEnvelope,
  parseConnectionString,
  type EnvelopeContext,
} from "./appInsights";

// The documented ingestion schema (microsoft/ApplicationInsights-Home, EndpointSpecs/Schemas/Docs:
// Envelope, PageViewData, MetricData with DataPoint, ExceptionData with ExceptionDetails), strict
// so that a field the schema does not know fails too.
const properties = z.record(z.string().max(150), z.string().max(8192));
const documentedEnvelope = <T extends string, D extends z.ZodType>(baseType: T, baseData: D) =>
  z.strictObject({
    name: z.string().max(1024).regex(/^Microsoft\.ApplicationInsights\.[0-9a-f]{32}\.(Pageview|Metric|Exception)$/),
    // UTC ISO 8601 with a trailing Z.
    time: z.iso.datetime().max(64),
    iKey: z.string().max(40),
    tags: z.record(z.string(), z.string()),
    data: z.strictObject({ baseType: z.literal(baseType), baseData }),
  });
const pageViewData = documentedEnvelope(
  "PageviewData",
  z.strictObject({ ver: z.literal(2), id: z.string().max(128), name: z.string().max(512), url: z.string().max(2048), properties }),
);
const metricData = documentedEnvelope(
  "MetricData",
  z.strictObject({
    ver: z.literal(2),
    // "Only one metric in the list is currently supported"; a measurement carries no count/min/max/stdDev.
    metrics: z.tuple([z.strictObject({ name: z.string().max(1024), kind: z.literal(0), value: z.number() })]),
    properties,
  }),
);
const exceptionData = documentedEnvelope(
  "ExceptionData",
  z.strictObject({
    ver: z.literal(2),
    exceptions: z
      .array(
        z.strictObject({
          typeName: z.string().max(1024),
          message: z.string().max(32768),
          hasFullStack: z.boolean(),
          stack: z.optional(z.string().max(32768)),
        }),
      )
      .min(1),
    severityLevel: z.literal(3),
    properties,
  }),
);

const iKey = "0a1b2c3d-0000-4000-8000-00000000abcd";
const target = { iKey, url: "https://westeurope-5.in.applicationinsights.azure.com/v2/track" };

describe("parseConnectionString", () => {
  it("reads the key and the ingestion endpoint, case-insensitively", () => {
    expect(
      parseConnectionString(
        `InstrumentationKey=${iKey};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/`,
      ),
    ).toEqual(target);
    expect(parseConnectionString(`instrumentationkey=${iKey}; ingestionendpoint=https://x.example`)).toEqual({
      iKey,
      url: "https://x.example/v2/track",
    });
  });

  it("falls back to the endpoint suffix, then to the global endpoint", () => {
    expect(parseConnectionString(`InstrumentationKey=${iKey};EndpointSuffix=applicationinsights.azure.cn`)?.url).toBe(
      "https://dc.applicationinsights.azure.cn/v2/track",
    );
    expect(parseConnectionString(`InstrumentationKey=${iKey}`)?.url).toBe("https://dc.services.visualstudio.com/v2/track");
  });

  it("has nothing to send to without an instrumentation key", () => {
    expect(parseConnectionString("IngestionEndpoint=https://x.example")).toBeUndefined();
    expect(parseConnectionString("InstrumentationKey=")).toBeUndefined();
  });
});

describe("envelopes", () => {
  const context: EnvelopeContext = {
    iKey,
    sessionId: "session1",
    operation: { id: "op1", name: "risks" },
    now: () => new Date("2026-11-25T10:00:00.000Z"),
  };

  it("have the documented shape for page views, metrics and exceptions", () => {
    const view = pageViewEnvelope(context, { name: "risks", uri: "https://tab.example/#/risks" });
    expect(pageViewData.parse(view)).toEqual(view);
    expect(view.name).toBe(`Microsoft.ApplicationInsights.${iKey.replace(/-/g, "")}.Pageview`);
    expect(view.time).toBe("2026-11-25T10:00:00.000Z");
    expect(view.tags).toMatchObject({ "ai.operation.id": "op1", "ai.operation.name": "risks", "ai.session.id": "session1" });
    expect(view.data.baseData).toMatchObject({ id: "op1", name: "risks", url: "https://tab.example/#/risks" });

    const metric = metricEnvelope(context, { name: "tab.loadTime", average: 812 });
    expect(metricData.parse(metric)).toEqual(metric);
    expect(metric.data.baseData.metrics).toEqual([{ name: "tab.loadTime", kind: 0, value: 812 }]);

    const error = new TypeError("x is undefined");
    const exception = exceptionEnvelope(context, error);
    expect(exceptionData.parse(exception)).toEqual(exception);
    expect(exception.data.baseData.exceptions).toEqual([
      { typeName: "TypeError", message: "x is undefined", hasFullStack: true, stack: error.stack },
    ]);
  });

  it("cut what is longer than the schema allows", () => {
    const view = pageViewEnvelope(context, { name: "n".repeat(600), uri: `https://tab.example/#/${"u".repeat(3000)}` });
    expect(pageViewData.parse(view)).toEqual(view);
    const noStack = Object.assign(new Error("m".repeat(40_000)), { stack: undefined });
    const exception = exceptionEnvelope(context, noStack);
    expect(exceptionData.parse(exception)).toEqual(exception);
    expect(exception.data.baseData.exceptions).toEqual([{ typeName: "Error", message: "m".repeat(32768), hasFullStack: false }]);
  });
});

describe("createAppInsightsSender", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = (sendBeacon = vi.fn((_url: string, _data: Blob) => true)) => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => new Response(null, { status: 200 }));
    const sender = createAppInsightsSender(target, { fetch, sendBeacon, batchDelayMs: 1000, maxBatch: 3 });
    return { fetch, sendBeacon, sender };
  };
  const sentBody = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as { data: { baseType: string } }[];

  it("sends a batch as a JSON array to /v2/track once the batch delay has passed", () => {
    const { fetch, sender } = setup();
    sender.trackPageView({ name: "board", uri: "https://tab.example/#/board" });
    sender.trackMetric({ name: "tab.loadTime", average: 640 });
    expect(fetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(target.url);
    expect(init).toMatchObject({ method: "POST", headers: { "Content-Type": "application/json" }, keepalive: true });
    const [view, metric] = sentBody(init);
    expect(pageViewData.parse(view)).toEqual(view);
    expect(metricData.parse(metric)).toEqual(metric);
    sender.close();
  });

  it("sends at once when the batch is full, and items on one page view share its operation", () => {
    const { fetch, sender } = setup();
    sender.trackPageView({ name: "risks", uri: "https://tab.example/#/risks" });
    sender.trackException({ exception: new Error("boom") });
    sender.trackPageView({ name: "owners", uri: "https://tab.example/#/owners" });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [risks, boom, owners] = sentBody(fetch.mock.calls[0]![1]) as unknown as {
      tags: Record<string, string>;
    }[];
    expect(boom!.tags["ai.operation.id"]).toBe(risks!.tags["ai.operation.id"]);
    expect(boom!.tags["ai.operation.name"]).toBe("risks");
    expect(owners!.tags["ai.operation.name"]).toBe("owners");
    expect(owners!.tags["ai.operation.id"]).not.toBe(risks!.tags["ai.operation.id"]);
    expect(new Set([risks, boom, owners].map((e) => e!.tags["ai.session.id"])).size).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(fetch).toHaveBeenCalledTimes(1);
    sender.close();
  });

  it("hands what is queued to sendBeacon when the page is hidden, and to fetch if the beacon is refused", async () => {
    const { fetch, sendBeacon, sender } = setup();
    sender.trackException({ exception: new Error("boom") });
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    try {
      document.dispatchEvent(new Event("visibilitychange"));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    const [url, blob] = sendBeacon.mock.calls[0]!;
    expect(url).toBe(target.url);
    expect(blob.type).toBe("text/plain;charset=utf-8");
    const [exception] = JSON.parse(await blob.text()) as unknown[];
    expect(exceptionData.parse(exception)).toEqual(exception);
    expect(fetch).not.toHaveBeenCalled();

    sendBeacon.mockReturnValue(false);
    sender.trackMetric({ name: "tab.loadTime", average: 1 });
    window.dispatchEvent(new Event("pagehide"));
    expect(sendBeacon).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenCalledTimes(1);
    sender.close();
  });

  it("drops a batch the network refuses without failing the tab", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const sender = createAppInsightsSender(target, { fetch, sendBeacon: () => false, batchDelayMs: 10 });
    sender.trackMetric({ name: "tab.loadTime", average: 1 });
    vi.advanceTimersByTime(10);
    await vi.runAllTimersAsync();
    expect(fetch).toHaveBeenCalledTimes(1);
    sender.close();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("leaves the operation name out before the first page view", () => {
    const { fetch, sender } = setup();
    sender.trackMetric({ name: "tab.loadTime", average: 1 });
    sender.flush();
    const [metric] = sentBody(fetch.mock.calls[0]![1]) as unknown as { tags: Record<string, string> }[];
    expect(metric!.tags).not.toHaveProperty("ai.operation.name");
    expect(metric!.tags["ai.operation.id"]).toMatch(/^[0-9a-f]{32}$/);
    sender.close();
  });

  it("keeps one session per browser tab", () => {
    const first = setup();
    first.sender.trackPageView({ name: "board", uri: "https://tab.example/#/board" });
    first.sender.flush();
    const second = setup();
    second.sender.trackPageView({ name: "board", uri: "https://tab.example/#/board" });
    second.sender.flush();
    const sessionOf = (f: typeof first.fetch) => (sentBody(f.mock.calls[0]![1])[0] as unknown as { tags: Record<string, string> }).tags["ai.session.id"];
    expect(sessionOf(second.fetch)).toBe(sessionOf(first.fetch));
    first.sender.close();
    second.sender.close();
  });
});
