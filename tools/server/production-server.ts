import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER } from "../../lib/http/client-address";
import { resolveClientAddress } from "./forwarded-address";

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
    for (const [name, value] of responseHeaders) response.setHeader(name, value);
    if (closing) response.setHeader("Connection", "close");
    response.once("finish", () => {
      if (closing) server.closeIdleConnections();
    });
    options.handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal server error");
    });
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
