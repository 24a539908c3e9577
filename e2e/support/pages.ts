import { readdirSync } from "node:fs";
import path from "node:path";
import type { TPersonaName } from "./accounts";

/*
 * Every page of the app, with the URL to probe it by and the answer each
 * persona must get. The authorization matrix checks the answers; the
 * accessibility scan opens each page as every role that is shown it.
 *   number      the HTTP status, 200 meaning "allowed and shown"
 *   "sign-in"   a redirect to the sign-in page (anonymous visitor, protected page)
 *   "home"      a redirect to the persona's home (signed-in user on a public page)
 * Adding a page without a row here fails the matrix's completeness test.
 */
export type TOutcome = number | "sign-in" | "home";
export type TRow = Record<TPersonaName, TOutcome>;

export const MATRIX_PERSONAS: TPersonaName[] = ["anonymous", "patientA", "patientB", "clinician1", "clinician2", "admin"];

export const all = (outcome: TOutcome): TRow => Object.fromEntries(MATRIX_PERSONAS.map((persona) => [persona, outcome])) as TRow;

export const row = (anonymous: TOutcome, patientA: TOutcome, patientB: TOutcome, clinician1: TOutcome, clinician2: TOutcome, admin: TOutcome): TRow => ({
  anonymous,
  patientA,
  patientB,
  clinician1,
  clinician2,
  admin,
});

/** The patient whose record the clinic pages open (clinician 1's patient). */
export type TPageIds = { patientId: string };

export const PAGES: Record<string, { url: (ids: TPageIds) => string; expect: TRow }> = {
  "/": { url: () => "/", expect: row(200, "home", "home", "home", "home", "home") },
  "/sign-in": { url: () => "/sign-in", expect: row(200, "home", "home", "home", "home", "home") },
  "/invite/[token]": { url: () => "/invite/not-a-real-invitation-token-000", expect: all(200) },
  "/forgot-password": { url: () => "/forgot-password", expect: all(200) },
  "/reset-password/[token]": { url: () => "/reset-password/not-a-real-reset-token-00000", expect: all(200) },
  // The e2e server sends mail to a capture server (SMTP_URL set), so the demo mailbox is not there.
  "/demo/mailbox": { url: () => "/demo/mailbox", expect: all(404) },
  "/setup-code": { url: () => "/setup-code", expect: all(200) },
  "/dashboard": { url: () => "/dashboard", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/my-data": { url: () => "/my-data", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/my-data/access": { url: () => "/my-data/access", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/patients": { url: () => "/patients", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/patients/new": { url: () => "/patients/new", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/patients/import": { url: () => "/patients/import", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/templates": { url: () => "/templates", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/patients/[patientId]": { url: (ids) => `/patients/${ids.patientId}`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/plan": { url: (ids) => `/patients/${ids.patientId}/plan`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/visit-summary": { url: (ids) => `/patients/${ids.patientId}/visit-summary`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/setup-code": { url: (ids) => `/patients/${ids.patientId}/setup-code`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/flare-up-plan": { url: (ids) => `/patients/${ids.patientId}/flare-up-plan`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/my-plan": { url: () => "/my-plan", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/my-plan/handout": { url: () => "/my-plan/handout", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/my-flare-up-plan": { url: () => "/my-flare-up-plan", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/check-in": { url: () => "/check-in", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/check-ins": { url: () => "/check-ins", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/my-health-history": { url: () => "/my-health-history", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/staff": { url: () => "/staff", expect: row("sign-in", 404, 404, 404, 404, 200) },
  "/clinic/settings": { url: () => "/clinic/settings", expect: row("sign-in", 404, 404, 404, 404, 200) },
  "/clinic/records": { url: () => "/clinic/records", expect: row("sign-in", 404, 404, 404, 404, 200) },
  // The demo patients accepted the current versions: the page sends them on to their dashboard.
  "/my-consent": { url: () => "/my-consent", expect: row("sign-in", "home", "home", 404, 404, 404) },
  "/library": { url: () => "/library", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/library/guides/[slug]": { url: () => "/library/guides/sciatica", expect: row("sign-in", 200, 200, 200, 200, 200) },
  "/library/cauda-equina-card": { url: () => "/library/cauda-equina-card", expect: all(200) },
  "/library/exercises/[slug]": { url: () => "/library/exercises/bridge", expect: row("sign-in", 200, 200, 200, 200, 200) },
  "/messages": { url: () => "/messages", expect: row("sign-in", 200, 200, 404, 404, 404) },
  "/messages/new": { url: () => "/messages/new", expect: row("sign-in", 200, 200, 404, 404, 404) },
  // An id nobody has: the page answers "not found" without saying whether it exists.
  "/messages/[conversationId]": { url: () => "/messages/not-a-conversation-000", expect: row("sign-in", 404, 404, 404, 404, 404) },
  "/inbox": { url: () => "/inbox", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/inbox/new": { url: (ids) => `/inbox/new?patient=${ids.patientId}`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/inbox/[conversationId]": { url: () => "/inbox/not-a-conversation-000", expect: row("sign-in", 404, 404, 404, 404, 404) },
  "/account/password": { url: () => "/account/password", expect: row("sign-in", 200, 200, 200, 200, 200) },
  // The demo personas owe no second step: the code page sends them on; anyone may set two-factor sign-in up.
  "/account/two-factor": { url: () => "/account/two-factor", expect: row("sign-in", "home", "home", "home", "home", "home") },
  "/account/two-factor/setup": { url: () => "/account/two-factor/setup", expect: row("sign-in", 200, 200, 200, 200, 200) },
  "/reminders": { url: () => "/reminders", expect: row("sign-in", 200, 200, 200, 200, 404) },
  "/notifications": { url: () => "/notifications", expect: row("sign-in", 200, 200, 200, 200, 200) },
  "/notifications/digest": { url: () => "/notifications/digest", expect: row("sign-in", 404, 404, 200, 200, 404) },
  "/staff/failed-notifications": { url: () => "/staff/failed-notifications", expect: row("sign-in", 404, 404, 404, 404, 200) },
  // The token is the credential: anyone may open the confirmation page (a bad token shows "this link does not work").
  "/unsubscribe/[token]": { url: () => "/unsubscribe/nobody.CHECK_IN_REMINDER.not-a-real-signature", expect: all(200) },
  "/questionnaires/[instrumentId]": { url: () => "/questionnaires/psfs", expect: row("sign-in", 200, 200, 404, 404, 404) },
  // Neither demo patient in the matrix is discharged: the summary is "not found" for everyone (Tom's is shown in e2e/discharge.spec.ts).
  "/my-discharge-summary": { url: () => "/my-discharge-summary", expect: row("sign-in", 404, 404, 404, 404, 404) },
  "/patients/[patientId]/discharge-summary": { url: (ids) => `/patients/${ids.patientId}/discharge-summary`, expect: row("sign-in", 404, 404, 404, 404, 404) },
  "/patients/[patientId]/questionnaires/[instrumentId]": { url: (ids) => `/patients/${ids.patientId}/questionnaires/psfs`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/trend": { url: (ids) => `/patients/${ids.patientId}/trend`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/check-ins": { url: (ids) => `/patients/${ids.patientId}/check-ins`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/exercise-plan": { url: (ids) => `/patients/${ids.patientId}/exercise-plan`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/guides": { url: (ids) => `/patients/${ids.patientId}/guides`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/notes": { url: (ids) => `/patients/${ids.patientId}/notes`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/alerts": { url: (ids) => `/patients/${ids.patientId}/alerts`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/profile": { url: (ids) => `/patients/${ids.patientId}/profile`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/access": { url: (ids) => `/patients/${ids.patientId}/access`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/function": { url: (ids) => `/patients/${ids.patientId}/function`, expect: row("sign-in", 404, 404, 200, 404, 404) },
  "/patients/[patientId]/messages": { url: (ids) => `/patients/${ids.patientId}/messages`, expect: row("sign-in", 404, 404, 200, 404, 404) },
};

/** The routes of every page.tsx under app/ (route groups dropped, private folders and the API skipped). */
export function pagesOnDisk(dir = path.resolve("app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [prefix || "/"] : [];
    if (!entry.isDirectory() || entry.name === "api" || entry.name.startsWith("_")) return [];
    const segment = entry.name.startsWith("(") ? "" : `/${entry.name}`;
    return pagesOnDisk(path.join(dir, entry.name), prefix + segment);
  });
}
