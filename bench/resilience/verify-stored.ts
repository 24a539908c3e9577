import pg from "pg";
import type { TSubmission } from "./check-in-load";

export interface TCheck {
  ok: boolean;
  text: string;
}

type SubmissionRow = { requestId: string; checkInId: string; patientId: string; date: string };
type CheckInRow = { id: string; patientId: string; date: string; painNow: number; note: string | null };

/**
 * Counts what the database holds for the load's patients against what the
 * clients were told: every acknowledged key stored once, on the check-in it was
 * answered with; one check-in per (patient, day) sent; each holding the answers
 * of the day's last acknowledged submission (no lost or stale edits).
 */
export async function verifyStored(databaseUrl: string, patientIds: string[], submissions: TSubmission[]): Promise<TCheck[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stored = (
      await client.query<SubmissionRow>(
        `SELECT s."requestId", s."checkInId", c."patientId", c.date::text AS date
         FROM "CheckInSubmission" s JOIN "CheckIn" c ON c.id = s."checkInId" WHERE c."patientId" = ANY($1)`,
        [patientIds],
      )
    ).rows;
    const checkIns = (
      await client.query<CheckInRow>(`SELECT id, "patientId", date::text AS date, "painNow", note FROM "CheckIn" WHERE "patientId" = ANY($1)`, [patientIds])
    ).rows;
    const duplicates = (
      await client.query(`SELECT 1 FROM "CheckIn" WHERE "patientId" = ANY($1) GROUP BY "patientId", date HAVING count(*) > 1`, [patientIds])
    ).rowCount;
    return [
      ...acknowledgedStoredOnce(submissions, stored),
      oneCheckInPerDay(submissions, checkIns),
      { ok: duplicates === 0, text: `no (patient, day) has two check-ins (${duplicates ?? 0} found)` },
      latestAnswersKept(submissions, checkIns),
    ];
  } finally {
    await client.end();
  }
}

function acknowledgedStoredOnce(submissions: TSubmission[], stored: SubmissionRow[]): TCheck[] {
  const byKey = new Map<string, SubmissionRow[]>();
  for (const row of stored) byKey.set(row.requestId, [...(byKey.get(row.requestId) ?? []), row]);
  const acknowledged = submissions.filter((submission) => submission.acknowledged);
  const wrong = acknowledged.filter((submission) => {
    const rows = byKey.get(submission.requestId) ?? [];
    const row = rows[0];
    if (rows.length !== 1 || !row) return true;
    return row.checkInId !== submission.acknowledged?.checkInId || row.patientId !== submission.patientId || row.date !== submission.date;
  });
  const sent = new Map(submissions.map((submission) => [submission.requestId, submission]));
  const unknown = stored.filter((row) => !sent.has(row.requestId));
  // A submission never acknowledged (the run ended first) may or may not have been stored; every other stored key was acknowledged.
  const unacknowledgedStored = stored.filter((row) => sent.has(row.requestId) && !sent.get(row.requestId)?.acknowledged);
  return [
    {
      ok: wrong.length === 0,
      text: `every acknowledged request key is stored exactly once, on the check-in it was answered with: ${acknowledged.length - wrong.length} of ${acknowledged.length}` +
        (wrong.length ? ` (wrong: ${wrong.slice(0, 3).map((submission) => submission.requestId).join(", ")})` : ""),
    },
    {
      ok: unknown.length === 0 && stored.length === acknowledged.length + unacknowledgedStored.length,
      text: `stored submissions = acknowledged keys: ${stored.length} = ${acknowledged.length}` +
        (unacknowledgedStored.length ? ` + ${unacknowledgedStored.length} sent but never acknowledged` : "") +
        (unknown.length ? `; ${unknown.length} stored keys were never sent` : ""),
    },
  ];
}

const dayKey = (patientId: string, date: string) => `${patientId} ${date}`;

function oneCheckInPerDay(submissions: TSubmission[], checkIns: CheckInRow[]): TCheck {
  const days = new Set(submissions.filter((submission) => submission.acknowledged).map((submission) => dayKey(submission.patientId, submission.date)));
  const stored = new Set(checkIns.map((row) => dayKey(row.patientId, row.date)));
  const extra = [...stored].filter((day) => !days.has(day)).length;
  return {
    ok: checkIns.length === days.size && extra === 0,
    text: `check-in rows = distinct (patient, day) acknowledged: ${checkIns.length} = ${days.size}${extra ? ` (${extra} days never acknowledged)` : ""}`,
  };
}

function latestAnswersKept(submissions: TSubmission[], checkIns: CheckInRow[]): TCheck {
  // One submission at a time per patient: the last acknowledged one for a day is the day's latest word.
  const latest = new Map<string, TSubmission>();
  for (const submission of submissions) {
    if (!submission.acknowledged) continue;
    const key = dayKey(submission.patientId, submission.date);
    const before = latest.get(key);
    if (!before || before.acknowledged!.at < submission.acknowledged.at) latest.set(key, submission);
  }
  const stale = checkIns.filter((row) => {
    const expected = latest.get(dayKey(row.patientId, row.date));
    return !expected || row.note !== expected.note || row.painNow !== expected.painNow;
  });
  return {
    ok: stale.length === 0,
    text: `every check-in holds its day's last acknowledged answers (no lost or stale edits): ${checkIns.length - stale.length} of ${checkIns.length}`,
  };
}
