import type { TOutgoingEmail } from "../mail/send-email";

/*
 * The account emails. None names a condition, a score or anything else about
 * a person's health: who the clinic is and what to do next, nothing more.
 */

export function invitationEmail(input: { to: string; name: string; clinicName: string; url: string; expiresAt: Date }): TOutgoingEmail {
  return {
    to: input.to,
    clinicName: input.clinicName,
    subject: `${input.clinicName} invited you to BackTrack`,
    heading: "Set up your BackTrack account",
    paragraphs: [
      `Hello ${input.name},`,
      `${input.clinicName} uses BackTrack to share guides and home exercises with you. Open the link to choose a password and sign in.`,
      `The link works once and expires on ${input.expiresAt.toUTCString()}.`,
    ],
    action: { label: "Set up my account", url: input.url },
    footer: ["If you did not expect this email, you can ignore it: nothing happens until the link is used."],
  };
}

/** To the owner of an address that already has an account: no link, nothing changed. */
export function existingAccountEmail(input: { to: string; clinicName: string }): TOutgoingEmail {
  return {
    to: input.to,
    clinicName: input.clinicName,
    subject: `${input.clinicName} tried to add you to BackTrack`,
    heading: "You already have a BackTrack account",
    paragraphs: [
      `Someone at ${input.clinicName} tried to set up a BackTrack account for this email address.`,
      "This address already has a BackTrack account with another clinic, and one address holds one account, so nothing was changed and your account stays as it is.",
      `If you want ${input.clinicName} to invite you, give them a different email address. If you did not expect this, you can ignore this email.`,
    ],
  };
}

/** To every admin of the clinic when a staff account is made, so no one gains clinical access silently. */
export function newStaffEmail(input: { to: string; clinicName: string; staffName: string; invitedBy: string | null }): TOutgoingEmail {
  return {
    to: input.to,
    clinicName: input.clinicName,
    subject: `New staff account at ${input.clinicName}`,
    heading: "A staff account was created",
    paragraphs: [
      `A clinician account was created for ${input.staffName}${input.invitedBy ? ` by ${input.invitedBy}` : ""}. Once they accept their invitation they can see your clinic's patients.`,
      "If you did not expect this, sign in to BackTrack and deactivate the account on the Staff page.",
    ],
    footer: ["You get this email because you are an admin of this clinic."],
  };
}
