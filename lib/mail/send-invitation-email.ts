import nodemailer from "nodemailer";
import { getEnv } from "../config/env";

/**
 * Emails an invitation link when SMTP_URL is configured. Returns whether it
 * was sent; a failure is logged (without the link) and the link is still
 * shown to the person who made it, so nothing depends on mail working.
 */
export async function sendInvitationEmail(input: { to: string; name: string; clinicName: string; url: string; expiresAt: Date }): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_URL) return false;
  try {
    await nodemailer.createTransport(env.SMTP_URL).sendMail({
      from: env.MAIL_FROM,
      to: input.to,
      subject: `${input.clinicName} invited you to BackTrack`,
      text: [
        `Hello ${input.name},`,
        "",
        `${input.clinicName} uses BackTrack to share guides and home exercises for your back.`,
        "Open this link to set your password and sign in:",
        input.url,
        "",
        `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
        "If you did not expect this email, you can ignore it.",
      ].join("\n"),
    });
    return true;
  } catch (error) {
    console.error(`Could not email an invitation: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
