import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { CLIENT_ADDRESS_HEADER } from "../../lib/http/client-address";
import { REQUEST_ID_HEADER, acceptRequestId } from "../../lib/http/request-id";
import { loggablePath } from "../../lib/logging/loggable-path";
import type { TLogger } from "../../lib/logging/logger";
import { safeErrorFields } from "../../lib/logging/safe-error";
import { resolveClientAddress } from "./forwarded-address";
import { requestContext } from "./request-context";

export type TRequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface TProductionServerOptions {
  /** Next's request handler (or a stand-in in tests). */
  handle: TRequestHandler;
  /** How many proxies of ours stand in front (TRUST_PROXY_HOPS). */
  trustProxyHops: number;
  /** Headers every response carries that depend on run-time configuration (HSTS). */
  responseHeaders?: Record<string, string>;
  /** How long shutdown waits for requests in flight before cutting them off. */
  shutdownTimeoutMs?: number;
  /** One JSON line per request (id, method, path, status, duration) and per failure; none when absent. */
  logger?: TLogger;
}

export interface TProductionServer {
  readonly server: Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets requests in flight finish, closes every connection within the timeout. */
  shutdown(): Promise<void>;
}

/**
 * The node:http server in front of Next's request handler. It owns what only the
 * socket knows (the caller's address) and what must hold for every response.
 */
export function createProductionServer(options: TProductionServerOptions): TProductionServer {
  const responseHeaders = Object.entries(options.responseHeaders ?? {});
  let closing = false;

  const server = createServer((request, response) => {
    const address = resolveClientAddress({
      socketAddress: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustedHops: options.trustProxyHops,
    });
    // A client may send this header itself; only ours may reach the app.
    delete request.headers[CLIENT_ADDRESS_HEADER];
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    // Replaced like the address: the app and every log line see only the id this server vouches for.
    const requestId = acceptRequestId(request.headers[REQUEST_ID_HEADER]);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader("X-Request-Id", requestId);
    for (const [name, value] of responseHeaders) response.setHeader(name, value);
    if (closing) response.setHeader("Connection", "close");
    const started = performance.now();
    const line = () => ({ requestId, method: request.method, path: loggablePath(request.url), status: response.statusCode, durationMs: Math.round(performance.now() - started) });
    response.once("finish", () => {
      options.logger?.info(line(), "request");
      if (closing) server.closeIdleConnections();
    });
    // The client went away before the answer was complete: still one line, so the request is not invisible.
    response.once("close", () => {
      if (!response.writableFinished) options.logger?.warn({ ...line(), aborted: true }, "request aborted");
    });
    requestContext.run({ requestId }, () =>
      options.handle(request, response).catch((error: unknown) => {
        options.logger?.error({ requestId, error: safeErrorFields(error) }, "request failed");
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Internal server error");
      }),
    );
  });

  let shutdownPromise: Promise<void> | undefined;
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const bound = server.address();
          resolve(typeof bound === "object" && bound ? bound.port : port);
        });
      });
    },
    shutdown() {
      shutdownPromise ??= new Promise<void>((resolve) => {
        closing = true;
        const timer = setTimeout(() => server.closeAllConnections(), options.shutdownTimeoutMs ?? 8_000);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return shutdownPromise;
    },
  };
}
