import { createServer } from "node:http";
import { startSmtpCapture } from "./smtp-capture";

/*
 * The browser tests' mailbox: a real SMTP server (the app's SMTP_URL points
 * at it) plus a small HTTP reader on loopback that the test process polls
 * (e2e/support/mailbox.ts). Started by Playwright as a second webServer.
 *   GET /health               200 once both are listening
 *   GET /messages?to=ADDRESS  the messages to ADDRESS, oldest first
 */
const smtpPort = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? 2526);

const capture = await startSmtpCapture({ port: smtpPort, host: "127.0.0.1" });

const reader = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/health") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  if (url.pathname === "/messages" && request.method === "GET") {
    const to = (url.searchParams.get("to") ?? "").toLowerCase();
    const messages = capture.messages
      .filter((message) => !to || message.to.includes(to))
      .map(({ to: recipients, from, subject, text, html, raw }) => ({ to: recipients, from, subject, text, html, raw }));
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ messages }));
    return;
  }
  response.writeHead(404).end();
});
reader.listen(httpPort, "127.0.0.1", () => console.log(`SMTP capture on ${capture.url}, messages at http://127.0.0.1:${httpPort}/messages`));

const stop = () => {
  reader.close();
  void capture.close().then(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
