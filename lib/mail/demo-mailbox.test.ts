import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type TSmtpCapture } from "../../tools/testing/smtp-capture";
import { useTestDatabase } from "../../tools/testing/test-database";
import { listDemoEmails } from "./demo-mailbox";
import { closeMailTransport, sendEmail } from "./send-email";

const email = {
  to: "Rosa@Example.com",
  clinicName: "Riverside Spine Clinic",
  subject: "Set up your account",
  heading: "Welcome",
  paragraphs: ["Choose a password."],
  action: { label: "Set a password", url: "http://localhost:3000/invite/abc" },
};

describe("the demo mailbox", () => {
  const database = useTestDatabase();
  let smtp: TSmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    closeMailTransport();
    await smtp.close();
  });

  it("keeps the email in demo mode without SMTP_URL, readable with its link", async () => {
    delete process.env.SMTP_URL;
    await sendEmail(email, { db: database.db });
    const [stored] = await listDemoEmails(database.db);
    expect(stored).toMatchObject({ to: "rosa@example.com", subject: "Set up your account" });
    expect(stored?.text).toContain("Set a password: http://localhost:3000/invite/abc");
  });

  it("is not used once SMTP_URL is set: the mail goes to the server", async () => {
    process.env.SMTP_URL = smtp.url;
    const before = await database.db.demoEmail.count();
    await sendEmail({ ...email, to: "sam@example.com" }, { db: database.db });
    expect((await smtp.waitFor("sam@example.com")).subject).toBe("Set up your account");
    expect(await database.db.demoEmail.count()).toBe(before);
  });
});
