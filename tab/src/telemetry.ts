/**
 * Load time and errors of the tab, sent to Application Insights when a connection string is
 * configured (VITE_APPINSIGHTS_CONNECTION_STRING); without one nothing is loaded or sent. The
 * sender (appInsights.ts) is loaded with import() after the first render, so it never weighs on
 * the initial bundle.
 */
export interface TelemetrySink {
  trackPageView(page: { name: string; uri: string }): void;
  trackMetric(metric: { name: string; average: number }): void;
  trackException(exception: { exception: Error }): void;
  /** Sends what is still queued and stops. */
  close?(): void;
}

export type SinkLoader = (connectionString: string) => Promise<TelemetrySink>;

const loadApplicationInsights: SinkLoader = async (connectionString) => {
  const { createAppInsightsSender, parseConnectionString } = await import("./appInsights");
  const target = parseConnectionString(connectionString);
  // config.ts has already checked the key is there; this only satisfies the types.
  if (!target) throw new Error("The Application Insights connection string has no InstrumentationKey");
  return createAppInsightsSender(target);
};

/** Milliseconds from navigation start to the first render of the shell. */
export function loadTime(perf: Pick<Performance, "now"> = performance): number {
  return Math.round(perf.now());
}

export function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason === "string" ? reason : JSON.stringify(reason));
}

/**
 * Starts telemetry: one page view per route (hash) change, the load time once, and every
 * uncaught error or unhandled rejection. Returns a function that stops listening.
 */
export async function startTelemetry(
  connectionString: string | undefined,
  options: { load?: SinkLoader; win?: Window } = {},
): Promise<() => void> {
  if (!connectionString) return () => undefined;
  const win = options.win ?? window;
  // Read before the sender loads, which is not part of the tab's load.
  const loaded = loadTime();
  const sink = await (options.load ?? loadApplicationInsights)(connectionString);
  const page = () => ({ name: win.location.hash.split("?")[0]?.replace(/^#\/?/, "") || "board", uri: win.location.href });
  // The page view first: the load time then belongs to the page that was loaded.
  sink.trackPageView(page());
  sink.trackMetric({ name: "tab.loadTime", average: loaded });
  const onHash = () => sink.trackPageView(page());
  const onError = (event: ErrorEvent) => sink.trackException({ exception: toError(event.error ?? event.message) });
  const onRejection = (event: PromiseRejectionEvent) => sink.trackException({ exception: toError(event.reason) });
  win.addEventListener("hashchange", onHash);
  win.addEventListener("error", onError);
  win.addEventListener("unhandledrejection", onRejection);
  return () => {
    win.removeEventListener("hashchange", onHash);
    win.removeEventListener("error", onError);
    win.removeEventListener("unhandledrejection", onRejection);
    sink.close?.();
  };
}
