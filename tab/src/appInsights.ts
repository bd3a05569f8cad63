/**
 * A small sender of Application Insights telemetry: the documented ingestion envelopes
 * (EndpointSpecs/Schemas of microsoft/ApplicationInsights-Home), POSTed as a JSON array to
 * `{IngestionEndpoint}/v2/track`. The tab reports only page views, its load time and uncaught
 * errors; the full SDK (~72 KiB gzip) would add auto-collection the tab does not use.
 * Loaded with import() by telemetry.ts, only when a connection string is configured.
 */
import type { TelemetrySink } from "./telemetry";

export interface IngestionTarget {
  iKey: string;
  /** `{IngestionEndpoint}/v2/track`. */
  url: string;
}

/** Where the portal's connection strings send telemetry when they name no endpoint. */
const defaultIngestionEndpoint = "https://dc.services.visualstudio.com";

/**
 * Reads `InstrumentationKey=…;IngestionEndpoint=https://…/` (keys are case-insensitive;
 * `EndpointSuffix` stands for `https://dc.{suffix}`). Undefined without an instrumentation key.
 */
export function parseConnectionString(connectionString: string): IngestionTarget | undefined {
  const fields = new Map<string, string>();
  for (const part of connectionString.split(";")) {
    const at = part.indexOf("=");
    if (at > 0) fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  const iKey = fields.get("instrumentationkey");
  if (!iKey) return undefined;
  const suffix = fields.get("endpointsuffix");
  const endpoint = fields.get("ingestionendpoint") || (suffix ? `https://dc.${suffix}` : defaultIngestionEndpoint);
  return { iKey, url: `${endpoint.replace(/\/+$/, "")}/v2/track` };
}

export interface Envelope {
  name: string;
  time: string;
  iKey: string;
  tags: Record<string, string>;
  data: { baseType: "PageviewData" | "MetricData" | "ExceptionData"; baseData: Record<string, unknown> };
}

/** What every envelope of one page load shares. */
export interface EnvelopeContext {
  iKey: string;
  sessionId: string;
  /** The current page view: its name and id correlate what happens on it. */
  operation: { id: string; name: string };
  now: () => Date;
}

export const sdkVersion = "board-tab:1.0";

const truncate = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function envelope(context: EnvelopeContext, type: string, data: Envelope["data"]): Envelope {
  return {
    // As the SDKs name them: the key without dashes, then the telemetry type.
    name: `Microsoft.ApplicationInsights.${context.iKey.replace(/-/g, "")}.${type}`,
    time: context.now().toISOString(),
    iKey: context.iKey,
    tags: {
      "ai.session.id": context.sessionId,
      "ai.operation.id": context.operation.id,
      ...(context.operation.name ? { "ai.operation.name": context.operation.name } : {}),
      "ai.device.type": "Browser",
      "ai.internal.sdkVersion": sdkVersion,
    },
    data,
  };
}

export function pageViewEnvelope(context: EnvelopeContext, page: { name: string; uri: string }): Envelope {
  return envelope(context, "Pageview", {
    baseType: "PageviewData",
    baseData: { ver: 2, id: context.operation.id, name: truncate(page.name, 512), url: truncate(page.uri, 2048), properties: {} },
  });
}

/** A single measurement (kind 0): count, min, max and stdDev belong to aggregations only. */
export function metricEnvelope(context: EnvelopeContext, metric: { name: string; average: number }): Envelope {
  return envelope(context, "Metric", {
    baseType: "MetricData",
    baseData: { ver: 2, metrics: [{ name: truncate(metric.name, 1024), kind: 0, value: metric.average }], properties: {} },
  });
}

/** An uncaught error: severity Error (3), the browser's stack as text. */
export function exceptionEnvelope(context: EnvelopeContext, error: Error): Envelope {
  const stack = typeof error.stack === "string" ? truncate(error.stack, 32768) : undefined;
  return envelope(context, "Exception", {
    baseType: "ExceptionData",
    baseData: {
      ver: 2,
      exceptions: [
        {
          typeName: truncate(error.name || "Error", 1024),
          message: truncate(error.message || String(error), 32768),
          hasFullStack: stack !== undefined,
          ...(stack === undefined ? {} : { stack }),
        },
      ],
      severityLevel: 3,
      properties: {},
    },
  });
}

export interface SenderOptions {
  win?: Window;
  fetch?: typeof fetch;
  /** navigator.sendBeacon, for the last batch when the page is hidden or closed. */
  sendBeacon?: (url: string, data: Blob) => boolean;
  now?: () => Date;
  /** How long items wait for others before a batch goes. */
  batchDelayMs?: number;
  /** A batch goes at once when it holds this many items. */
  maxBatch?: number;
}

/** 32 hex digits, as the SDKs make operation and session ids (randomUUID needs a secure context). */
const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

/** One session per browser tab: kept in sessionStorage, so a reload continues it. */
function sessionIdOf(win: Window): string {
  const key = "board.telemetry.session";
  try {
    const known = win.sessionStorage.getItem(key);
    if (known) return known;
    const id = randomId();
    win.sessionStorage.setItem(key, id);
    return id;
  } catch {
    return randomId();
  }
}

export interface AppInsightsSender extends TelemetrySink {
  /** Sends what is queued now; with `beacon`, through sendBeacon (the page is going away). */
  flush(beacon?: boolean): void;
  /** Stops listening to the page's lifecycle and sends what is left. */
  close(): void;
}

/**
 * Queues envelopes and sends them in batches: after `batchDelayMs`, when `maxBatch` are queued,
 * and with sendBeacon when the page is hidden (the last chance a closing Teams tab gives).
 * Telemetry never fails the tab: a batch that cannot be sent is dropped.
 */
export function createAppInsightsSender(target: IngestionTarget, options: SenderOptions = {}): AppInsightsSender {
  const win = options.win ?? window;
  const send = options.fetch ?? ((...args: Parameters<typeof fetch>) => win.fetch(...args));
  const beacon = options.sendBeacon ?? ((url: string, data: Blob) => win.navigator.sendBeacon?.(url, data) ?? false);
  const batchDelayMs = options.batchDelayMs ?? 5_000;
  const maxBatch = options.maxBatch ?? 20;
  const context: EnvelopeContext = {
    iKey: target.iKey,
    sessionId: sessionIdOf(win),
    operation: { id: randomId(), name: "" },
    now: options.now ?? (() => new Date()),
  };
  let queue: Envelope[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (useBeacon = false) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (queue.length === 0) return;
    const body = JSON.stringify(queue);
    queue = [];
    // text/plain keeps the beacon a simple CORS request; the ingestion endpoint reads the JSON.
    if (useBeacon && beacon(target.url, new Blob([body], { type: "text/plain;charset=UTF-8" }))) return;
    try {
      send(target.url, { method: "POST", headers: { "Content-Type": "application/json" }, body, keepalive: true }).catch(
        () => undefined,
      );
    } catch {
      // No network API at all: nothing to report to.
    }
  };
  const enqueue = (item: Envelope) => {
    queue.push(item);
    if (queue.length >= maxBatch) flush();
    else timer ??= setTimeout(flush, batchDelayMs);
  };
  const onHidden = () => {
    if (win.document.visibilityState === "hidden") flush(true);
  };
  const onPageHide = () => flush(true);
  win.document.addEventListener("visibilitychange", onHidden);
  win.addEventListener("pagehide", onPageHide);

  return {
    trackPageView(page) {
      context.operation = { id: randomId(), name: page.name };
      enqueue(pageViewEnvelope(context, page));
    },
    trackMetric(metric) {
      enqueue(metricEnvelope(context, metric));
    },
    trackException({ exception }) {
      enqueue(exceptionEnvelope(context, exception));
    },
    flush,
    close() {
      win.document.removeEventListener("visibilitychange", onHidden);
      win.removeEventListener("pagehide", onPageHide);
      flush(true);
    },
  };
}
