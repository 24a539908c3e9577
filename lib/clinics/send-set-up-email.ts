import { sendEmail } from "../mail/send-email";

/** The first admin's set-up email: the clinic's name and the link, nothing else. */
export async function sendSetUpEmail(input: { to: string; clinicName: string; url: string; expiresAt: Date }): Promise<void> {
  await sendEmail({
    to: input.to,
    clinicName: input.clinicName,
    subject: `Set up ${input.clinicName} on BackTrack`,
    heading: "Your clinic is ready to set up",
    paragraphs: [
      `A BackTrack portal has been created for ${input.clinicName}, with you as its first administrator.`,
      "Open the link below to choose your password. You can then invite your clinicians.",
      `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
    ],
    action: { label: "Set your password", url: input.url },
    footer: ["If you did not expect this email, you can ignore it: nothing happens until the link is used."],
  });
}
