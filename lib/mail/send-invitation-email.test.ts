import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { sendInvitationEmail } from "./send-invitation-email";

const invitation = { to: "rosa@example.com", name: "Rosa", clinicName: "Riverside Spine Clinic", url: "http://localhost:3000/invite/abc123", expiresAt: new Date("2026-11-27T12:00:00Z") };

describe("sendInvitationEmail", () => {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      let message = "";
      stream.on("data", (chunk: Buffer) => (message += chunk.toString()));
      stream.on("end", () => {
        received.push(message);
        done();
      });
    },
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends nothing, and says so, when SMTP_URL is not set", async () => {
    delete process.env.SMTP_URL;
    expect(await sendInvitationEmail(invitation)).toBe(false);
  });

  it("emails the link through the configured SMTP server", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      expect(await sendInvitationEmail(invitation)).toBe(true);
    } finally {
      delete process.env.SMTP_URL;
    }
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("To: rosa@example.com");
    expect(received[0]).toContain("http://localhost:3000/invite/abc123");
  });

  it("reports a mail server that does not answer as not sent, instead of failing the invitation", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const log = console.error;
    console.error = () => undefined;
    try {
      expect(await sendInvitationEmail(invitation)).toBe(false);
    } finally {
      console.error = log;
      delete process.env.SMTP_URL;
    }
  });
});
