import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type TSmtpCapture } from "../../tools/testing/smtp-capture";
import { closeMailTransport, MailNotConfiguredError, sendEmail } from "./send-email";
import { renderEmail } from "./email-template";

const content = {
  clinicName: "Riverside Spine Clinic",
  subject: "Time for today's check-in",
  heading: "Time for today's check-in",
  paragraphs: ["It takes about a minute.", "A <b>tag</b> stays text & so does this."],
  action: { label: "Check in", url: "http://localhost:3000/check-in?a=1&b=2" },
  footer: ["You get this because reminders are on."],
};

describe("renderEmail", () => {
  it("builds HTML and text from the same fields, escaping every field in the HTML", () => {
    const email = renderEmail(content);
    expect(email.text).toContain("It takes about a minute.");
    expect(email.text).toContain("Check in: http://localhost:3000/check-in?a=1&b=2");
    expect(email.html).toContain("A &lt;b&gt;tag&lt;/b&gt; stays text &amp; so does this.");
    expect(email.html).toContain('href="http://localhost:3000/check-in?a=1&amp;b=2"');
    expect(email.html).not.toContain("<b>tag</b>");
    expect(email.text).toContain("Riverside Spine Clinic");
  });

  it("keeps the subject on one line", () => {
    expect(renderEmail({ ...content, subject: "Hello\r\nBcc: someone@example.com" }).subject).toBe("Hello Bcc: someone@example.com");
  });
});

describe("sendEmail", () => {
  let smtp: TSmtpCapture;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    closeMailTransport();
    await smtp.close();
  });

  it("refuses, naming the missing setting, when SMTP_URL is not set in live mode", async () => {
    delete process.env.SMTP_URL;
    process.env.BACKTRACK_MODE = "live";
    try {
      await expect(sendEmail({ ...content, to: "rosa@example.com" })).rejects.toBeInstanceOf(MailNotConfiguredError);
    } finally {
      delete process.env.BACKTRACK_MODE;
    }
  });

  it("delivers HTML and text with extra headers through a real SMTP server", async () => {
    process.env.SMTP_URL = smtp.url;
    await sendEmail({ ...content, to: "Rosa@Example.com", headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } });
    const email = await smtp.waitFor("rosa@example.com");
    expect(email.subject).toBe("Time for today's check-in");
    expect(email.text).toContain("Check in: http://localhost:3000/check-in?a=1&b=2");
    expect(email.html).toContain("Riverside Spine Clinic");
    expect(email.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
  });
});
