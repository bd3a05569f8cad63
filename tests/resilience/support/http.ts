import http from "node:http";
import { gunzipSync } from "node:zlib";

/** A request as it goes on the wire: path, query and headers exactly as given, nothing normalised. */
export type RawRequest = {
  method: string;
  /** Path and query, e.g. "/api/initiatives?stage=idea". */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body with chunked transfer encoding (no Content-Length). */
  chunked?: boolean;
};

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
  /** Milliseconds from sending to the end of the body. */
  ms: number;
};

/** Thrown when a request gets no complete answer in time: the API hung. */
export class NoAnswerInTime extends Error {}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

const parseJson = (text: string): unknown => {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Sends one request over node:http (not fetch, which would normalise paths and refuse odd
 * headers) and resolves with the whole answer, or rejects with NoAnswerInTime after `timeoutMs`.
 * Network errors (the server was killed) reject with the socket's error.
 */
export function send(
  origin: string,
  request: RawRequest,
  timeoutMs = 10_000,
  retried = false,
): Promise<RawResponse> {
  const url = new URL(origin);
  const started = performance.now();
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  // Framing is always explicit: node sends neither header by itself on a GET or DELETE.
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  if (body && request.chunked) headers["transfer-encoding"] = "chunked";
  else if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: request.method,
      path: request.path,
      headers,
      agent: retried ? false : agent,
    });
    const timer = setTimeout(() => {
      req.destroy(
        new NoAnswerInTime(
          `${request.method} ${request.path.slice(0, 120)} got no answer within ${timeoutMs} ms`,
        ),
      );
    }, timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // A kept-alive socket the server closed meanwhile: the request never reached it; send it again.
      if (req.reusedSocket && error.code === "ECONNRESET" && !retried)
        resolve(send(origin, request, timeoutMs, true));
      else reject(error);
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      res.on("end", () => {
        clearTimeout(timer);
        let bytes = Buffer.concat(chunks);
        if (res.headers["content-encoding"] === "gzip" && bytes.length > 0) bytes = gunzipSync(bytes);
        const text = bytes.toString("utf8");
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          json: parseJson(text),
          ms: performance.now() - started,
        });
      });
    });
    if (body && request.chunked) {
      // Without Content-Length node sends chunked; the server must enforce the limit while reading.
      for (let i = 0; i < body.length; i += 16_384) req.write(body.subarray(i, i + 16_384));
      req.end();
    } else req.end(body);
  });
}

/** A JSON client for one API origin with a bearer token. */
export function jsonClient(origin: string, timeoutMs = 10_000) {
  return (
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    return send(origin, { method, path, headers, body }, timeoutMs);
  };
}
export type JsonClient = ReturnType<typeof jsonClient>;

/** The problem+json shape every 4xx and 5xx of the API carries (RFC 9457). */
export function problemDefects(res: RawResponse, method = "GET"): string[] {
  const defects: string[] = [];
  const type = String(res.headers["content-type"] ?? "");
  if (!type.startsWith("application/problem+json"))
    defects.push(`content-type is '${type}', not application/problem+json`);
  if (method === "HEAD") return defects;
  const body = res.json as { type?: unknown; title?: unknown; status?: unknown } | undefined;
  if (typeof body !== "object" || body === null)
    return [...defects, `body is not a JSON object: ${res.text.slice(0, 200)}`];
  if (typeof body.type !== "string" || body.type === "") defects.push("no 'type'");
  if (typeof body.title !== "string" || body.title === "") defects.push("no 'title'");
  if (body.status !== res.status) defects.push(`'status' is ${String(body.status)}, not ${res.status}`);
  if (/\n\s+at /.test(res.text)) defects.push("the body carries a stack trace");
  return defects;
}
