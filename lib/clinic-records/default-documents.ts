import type { ClinicDocumentKind } from "../db/generated/enums";

/*
 * The first version of each document for a clinic that has not written its
 * own (new clinics and the demo clinics). Written for this app in plain
 * words; a clinic should replace them with text its own data-protection
 * adviser has checked, and every save is a new version patients accept again.
 */

export const DOCUMENT_KIND_LABELS: Record<ClinicDocumentKind, string> = {
  PRIVACY_NOTICE: "Privacy notice",
  TERMS: "Terms of use",
};

export function defaultDocument(kind: ClinicDocumentKind, clinicName: string): { title: string; body: string } {
  if (kind === "PRIVACY_NOTICE") {
    return {
      title: `How ${clinicName} uses your information`,
      body: [
        `${clinicName} uses BackTrack to support your care for back and leg pain. This notice says what we keep, why, and what you can do about it.`,
        "What we keep: your name, email, date of birth and time zone; the details of your pain episode; your check-ins (pain scores, where it hurts, warning signs, notes); the exercises you mark done or skipped; your health history answers; and a record of who at the clinic opened your record.",
        "Why: so your clinicians can see how you are doing between visits, spot warning signs early and adjust your exercise plan. We do not sell your information or use it for advertising.",
        "Who sees it: the clinicians of this clinic. Clinic administrators manage staff accounts and settings and do not read your health record. Emails and reminders never contain health details.",
        "How long: we keep your records for the period set by the clinic after your last episode or activity, then review them for deletion.",
        "Your choices: you can download your data at any time from My data, see who viewed it, and ask the clinic to correct it. Contact the clinic if you have questions or want to stop using BackTrack.",
      ].join("\n\n"),
    };
  }
  return {
    title: `Terms of use for ${clinicName}'s BackTrack`,
    body: [
      "BackTrack helps you follow the advice of your clinic. It does not replace seeing a clinician and is not watched around the clock.",
      "If you have warning signs such as new trouble passing urine, loss of bladder or bowel control, numbness around the bottom or genitals, or weakness in both legs, call the emergency number shown in the app at once. Do not wait for a reply in BackTrack.",
      "Do the exercises as your clinician prescribed them and stop any that make your pain much worse. Tell your clinician about any change.",
      "Keep your password to yourself and sign out on shared devices. Tell the clinic if you think someone else has used your account.",
      "The clinic may update these terms and its privacy notice. When it does, you will be asked to read and accept the new version before you continue.",
    ].join("\n\n"),
  };
}
