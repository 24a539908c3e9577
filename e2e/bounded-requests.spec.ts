import { request as http } from "node:http";
import { expect, test } from "@playwright/test";

/*
 * A 20 MB body sent by an attacker to the public invitation endpoint (read
 * before any check) is refused with 413 as soon as it passes the 64 KiB cap,
 * over a real socket to the real server, which stays healthy afterwards.
 */
test.describe("bounded request bodies", () => {
  test.skip(({ isMobile }) => isMobile, "the server's answer is the same on every device: desktop only");

  function postStream(baseURL: string, declaredLength: boolean): Promise<{ status: number; body: string; sentBytes: number }> {
    const url = new URL("/api/v1/invitations/accept", baseURL);
    const total = 20 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, "x");
    return new Promise((resolve, reject) => {
      let sentBytes = 0;
      let answered = false;
      const req = http(
        {
          method: "POST",
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: {
            "content-type": "application/json",
            origin: url.origin,
            ...(declaredLength ? { "content-length": String(total) } : { "transfer-encoding": "chunked" }),
          },
        },
        (response) => {
          answered = true;
          let body = "";
          response.on("data", (part) => (body += part));
          response.on("end", () => {
            resolve({ status: response.statusCode ?? 0, body, sentBytes });
            req.destroy();
          });
        },
      );
      req.on("error", (error) => (sentBytes > 0 ? undefined : reject(error)));
      // Write slowly enough that an answer can come back long before the 20 MB are sent.
      const writeMore = () => {
        if (answered || req.destroyed) return;
        if (sentBytes >= total) return req.end();
        sentBytes += chunk.length;
        if (req.write(chunk)) setImmediate(writeMore);
        else req.once("drain", writeMore);
      };
      writeMore();
    });
  }

  for (const declaredLength of [true, false]) {
    test(`a 20 MB body ${declaredLength ? "with its Content-Length" : "sent in chunks"} gets 413 before it is all sent, and the server stays healthy`, async ({ baseURL, request }) => {
      const answer = await postStream(baseURL!, declaredLength);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.code).toBe("payload_too_large");
      expect(answer.sentBytes).toBeLessThan(20 * 1024 * 1024);
      expect((await request.get("/api/health")).status()).toBe(200);
    });
  }
});
