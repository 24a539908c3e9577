import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export type TCapturedEmail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
  raw: string;
};

/**
 * A real SMTP server on a free loopback port that keeps every message it is
 * given, parsed. Tests point SMTP_URL at it and wait for a message to an
 * address (`waitFor`), so mail is read the way a mailbox would read it.
 */
export type TSmtpCapture = {
  port: number;
  url: string;
  messages: TCapturedEmail[];
  waitFor(to: string, options?: { timeoutMs?: number; after?: number; match?: (email: TCapturedEmail) => boolean }): Promise<TCapturedEmail>;
  clear(): void;
  close(): Promise<void>;
};

function toCaptured(parsed: ParsedMail, raw: string): TCapturedEmail {
  const addresses = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) => group.value.map((entry) => (entry.address ?? "").toLowerCase()));
  return {
    to: addresses,
    from: parsed.from?.text ?? "",
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    headers: parsed.headers,
    raw,
  };
}

export async function startSmtpCapture(options: { port?: number; host?: string } = {}): Promise<TSmtpCapture> {
  const messages: TCapturedEmail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // A pooled client may keep its connection open; do not wait 30 s for it on close.
    closeTimeout: 500,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((parsed) => {
            messages.push(toCaptured(parsed, raw));
            for (const wake of waiters) wake();
            done();
          })
          .catch((error: Error) => done(error));
      });
    },
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;

  return {
    port,
    url: `smtp://${host}:${port}`,
    messages,
    clear: () => void messages.splice(0, messages.length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    waitFor(to, { timeoutMs = 10_000, after = 0, match } = {}) {
      const address = to.toLowerCase();
      const find = () => messages.slice(after).find((email) => email.to.includes(address) && (!match || match(email)));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise<TCapturedEmail>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No email to ${address} within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const check = () => {
          const email = find();
          if (!email) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(email);
        };
        waiters.add(check);
      });
    },
  };
}
