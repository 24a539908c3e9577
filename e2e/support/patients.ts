import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { uniqueEmail } from "./accounts";
import { invitationTokenFor } from "./mailbox";

export type TNewPatient = { email: string; patientId: string; password: string };

/**
 * A new patient of the signed-in clinician's clinic, already signed up with
 * `password`: a record of the test's own, so reruns and parallel projects never collide.
 */
export async function signedUpPatient(
  clinician: APIRequestContext,
  { name, emailPrefix, password, history = [] }: { name: string; emailPrefix: string; password: string; history?: string[] },
): Promise<TNewPatient> {
  const email = uniqueEmail(emailPrefix);
  const response = await clinician.post("/api/v1/patients", {
    data: { name, email, dateOfBirth: "1979-09-09", onsetDate: "2026-11-01", primaryCondition: "SCIATICA", timeZone: "UTC" },
  });
  expect(response.status(), `add ${name}`).toBe(200);
  const created = await response.json();
  // The link goes only to the patient's email: read it from the test mailbox, as the patient would.
  const token = await invitationTokenFor(email);
  const consentVersionIds = await currentConsentIds(clinician, created.patientId);
  expect((await clinician.post("/api/v1/invitations/accept", { data: { token, password, history: historyAnswer(history), consentVersionIds } })).status()).toBe(200);
  return { email, patientId: created.patientId as string, password };
}

/** The versions of the clinic's privacy notice and terms the invitation form accepts (the clinician may read which are outstanding). */
export async function currentConsentIds(clinician: APIRequestContext, patientId: string): Promise<string[]> {
  const response = await clinician.get(`/api/v1/patients/${patientId}/consent`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { outstanding: { id: string }[] }).outstanding.map((document) => document.id);
}

/** The medical history as the invitation form sends it (asked once): the codes, or "none of these". */
export const historyAnswer = (codes: string[]) => (codes.length ? { medicalHistory: codes } : { none: true });

/** A new patient of the clinician's with a two-exercise plan starting today, signed up with `password`. */
export async function patientWithPlan(clinician: APIRequestContext, password: string): Promise<TNewPatient> {
  const patient = await signedUpPatient(clinician, { name: "Chris Checker", emailPrefix: "checker", password });
  const dose = { sets: 1, reps: 10, timesPerDay: 1, daysPerWeek: 7 };
  const plan = await clinician.post(`/api/v1/patients/${patient.patientId}/plans`, {
    data: {
      title: "Nerve glides and walking",
      startDate: new Date().toISOString().slice(0, 10),
      requestId: randomUUID(),
      items: [
        { exerciseSlug: "sciatic-nerve-glide", ...dose },
        { exerciseSlug: "walking-program", sets: 1, minutes: 10, timesPerDay: 2, daysPerWeek: 7 },
      ],
    },
  });
  expect(plan.status()).toBe(200);
  return patient;
}
