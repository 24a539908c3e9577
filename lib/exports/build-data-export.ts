import { strToU8, zipSync } from "fflate";
import { requirePatientAccess, requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import { toCheckInView } from "../checkins/check-in-view";
import { fromDbDate, todayIn } from "../dates/calendar-date";
import type { TDatabase } from "../db/client";
import { readDischargeSummaries } from "../discharge/get-discharge-summary";
import { buildEverythingBundle } from "../fhir/everything-bundle";
import type { TFhirLinks } from "../fhir/fhir-links";
import { patientExportSelect } from "../fhir/patient-export-data";
import { describeColumns, toCsv } from "./csv";
import { conversationTopicText } from "../fhir/build-message-communication";
import { CHECK_IN_COLUMNS, EXERCISE_COMPLETION_COLUMNS, MESSAGE_COLUMNS, type TExerciseCompletionRow, type TMessageRow } from "./export-columns";

export const CHECK_INS_FILE = "check-ins.csv";
export const EXERCISES_FILE = "exercise-completions.csv";
export const MESSAGES_FILE = "messages.csv";
export const FHIR_FILE = "fhir-bundle.json";
export const README_FILE = "README.md";

export interface TPatientDataExport {
  /** e.g. backtrack-data-2026-11-25.zip */
  fileName: string;
  files: Record<string, string>;
}

/**
 * Everything BackTrack holds about a patient's back pain, as files they can
 * keep or take elsewhere: check-ins and exercise completions as CSV (one row
 * per day, per exercise and day), and the FHIR R4 bundle other health
 * systems read, with a README explaining every column. The patient downloads
 * their own; a clinician of their clinic may download it for them (audited).
 */
export async function buildPatientDataExport(db: TDatabase, viewer: TViewer, patientId: string, links: TFhirLinks, now: Date = new Date()): Promise<TPatientDataExport> {
  requireRole(viewer, "PATIENT", "CLINICIAN");
  // One audit entry for the whole download (the FHIR part is built here, not through the audited FHIR read).
  await requirePatientAccess(db, viewer, patientId, "patient.export.download");
  // One read feeds the CSVs and the FHIR bundle, so the files of a download always agree.
  const profile = await db.patientProfile.findUniqueOrThrow({ where: { userId: patientId }, select: patientExportSelect });
  const prescribed = new Map(
    profile.exercisePlans.flatMap((plan) => plan.versions.flatMap((version) => version.items.map((item) => [item.id, { exercise: item.exercise.name, planTitle: plan.title }] as const))),
  );
  const completions: TExerciseCompletionRow[] = profile.exerciseLogs.map((log) => ({
    date: fromDbDate(log.date),
    // Every log points at an item of one of the patient's plans (the foreign key), all of which are read above.
    ...prescribed.get(log.planItemId)!,
    outcome: log.outcome,
    painDuring: log.painDuring,
    feel: log.feel,
    skipReason: log.skipReason,
  }));
  const messages: TMessageRow[] = profile.conversations.flatMap((conversation) =>
    conversation.messages.map((message) => ({
      sentAt: message.createdAt.toISOString(),
      about: conversationTopicText(conversation),
      from: message.author.id === patientId ? "you" : message.author.name,
      message: message.body,
    })),
  );
  const today = todayIn(profile.timeZone, now);
  return {
    fileName: `backtrack-data-${today}.zip`,
    files: {
      [README_FILE]: readme(profile.user.name, today),
      [CHECK_INS_FILE]: toCsv(CHECK_IN_COLUMNS, profile.checkIns.map(toCheckInView)),
      [EXERCISES_FILE]: toCsv(EXERCISE_COMPLETION_COLUMNS, completions),
      [MESSAGES_FILE]: toCsv(MESSAGE_COLUMNS, messages),
      [FHIR_FILE]: JSON.stringify(buildEverythingBundle(links, profile, now, await readDischargeSummaries(db, patientId)), null, 2),
    },
  };
}

/** The export's files in one ZIP archive. */
export function zipExport(dataExport: TPatientDataExport): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(dataExport.files).map(([name, text]) => [name, strToU8(text)])));
}

function readme(name: string, today: string): string {
  return `# Your BackTrack data

A copy of what BackTrack holds about ${name}'s back pain, made on ${today}.

- \`${CHECK_INS_FILE}\`: your daily check-ins, one row per day, oldest first.
- \`${EXERCISES_FILE}\`: each exercise you marked done or skipped, one row per exercise and day.
- \`${MESSAGES_FILE}\`: your messages with your care team, one row per message, oldest first.
- \`${FHIR_FILE}\`: the same records as a FHIR R4 Bundle (JSON), the format health record systems exchange.
  Your clinic or another doctor can import it.

The CSV files are plain text (UTF-8, comma-separated) and open in any spreadsheet.

## ${CHECK_INS_FILE}

${describeColumns(CHECK_IN_COLUMNS)}

## ${EXERCISES_FILE}

${describeColumns(EXERCISE_COMPLETION_COLUMNS)}

## ${MESSAGES_FILE}

${describeColumns(MESSAGE_COLUMNS)}
`;
}
