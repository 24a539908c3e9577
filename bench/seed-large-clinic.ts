import { performance } from "node:perf_hooks";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { todayIn } from "../lib/dates/calendar-date";

/*
 * One large clinic, written set-based in SQL (no JS array of a million rows):
 * `clinicians` clinicians and `patients` patients in one time zone. The
 * first `dailyCheckers` patients had their pain begin over a year ago and
 * check in on about 85% of the days of the last year (six days a week); the
 * others' onsets are spread over the last year (so every phase appears): one
 * in ten never checks in, one in four stopped after 2 to 8 weeks, the rest
 * check in on about 30% of the days since onset. Pain follows one of four
 * courses (improving, slowly improving, steady, worsening) with noise, PEG-3
 * once a week. Three patients in five have a plan (a second version 4 weeks
 * in when it is older than 6 weeks), with exercise logs over the last
 * `exerciseLogDays` days at a per-patient adherence; one in 50 has a red-flag
 * alert (half reviewed); each has two guides. Check-ins and logs end
 * yesterday (the patient's calendar), so a check-in submitted in the load
 * test makes today's.
 *
 * EpisodeTrendSummary is NOT filled here (fill-episode-summaries.ts does).
 */

export const LARGE_CLINIC = { id: "lc-clinic", slug: "lakeside", name: "Lakeside Back Care", timeZone: "America/Chicago" } as const;

export interface TLargeClinicOptions {
  patients: number;
  clinicians: number;
  dailyCheckers: number;
  exerciseLogDays: number;
  password: string;
}

export interface TLargeClinicCounts {
  patients: number;
  clinicians: number;
  checkIns: number;
  plans: number;
  planVersions: number;
  planItems: number;
  exerciseLogs: number;
  alerts: number;
  guideAssignments: number;
  /** Seconds per step. */
  steps: Record<string, number>;
}

export const clinicianEmail = (k: number) => `clinician-${k}@lakeside.example`;
export const patientEmail = (n: number) => `patient-${n}@lakeside.example`;
export const patientId = (n: number) => `lc-p-${n}`;

const CONDITIONS = ["LOW_BACK_PAIN", "MUSCLE_STRAIN", "HERNIATED_DISC", "SCIATICA", "PINCHED_NERVE", "SPINAL_OSTEOARTHRITIS", "SPINAL_STENOSIS", "POSTERIOR_LEG_PAIN_AFTER_RUNNING"];
const FIRST = "ARRAY['Ana','Ben','Chen','Dara','Eli','Fatima','Gus','Hana']";
const LAST = "ARRAY['Smith','Jones','Garcia','Nguyen','Okafor','Patel','Kowalski','Larson']";

export async function seedLargeClinic(url: string, options: TLargeClinicOptions): Promise<TLargeClinicCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const steps: Record<string, number> = {};
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    await client.query(sql, params);
    steps[label] = (steps[label] ?? 0) + (performance.now() - started) / 1000;
  };
  try {
    const passwordHash = await hashPassword(options.password);
    const today = todayIn(LARGE_CLINIC.timeZone);
    await client.query("SET synchronous_commit = off");

    await step(
      "clinic and clinicians",
      `INSERT INTO "Clinic" (id, name, slug, "acuteWeeks", "updatedAt") VALUES ($1, $2, $3, 4, now())`,
      [LARGE_CLINIC.id, LARGE_CLINIC.name, LARGE_CLINIC.slug],
    );
    await step(
      "clinic and clinicians",
      `INSERT INTO "User" (id, email, name, role, "clinicId", "passwordHash", "updatedAt")
       SELECT 'lc-c-' || k, 'clinician-' || k || '@lakeside.example',
              'Dr. ' || (${FIRST})[1 + k % 8] || ' ' || (${LAST})[1 + (k / 8) % 8] || 'ton ' || k,
              'CLINICIAN', $1, $2, now()
       FROM generate_series(1, $3::int) AS k`,
      [LARGE_CLINIC.id, passwordHash, options.clinicians],
    );

    // Who each patient is in the data set: one row per patient, kept for this session only.
    await step(
      "patients and episodes",
      `CREATE TEMP TABLE bench_patient AS
       SELECT n, 'lc-p-' || n AS id, n <= $1::int AS daily,
              CASE WHEN n <= $1::int THEN 365 + (n * 13) % 60 ELSE (n * 7919) % 365 END AS onset_days,
              n % 4 AS course,
              (n > $1::int AND n % 10 = 1) AS never,
              CASE WHEN n > $1::int AND n % 4 = 2 THEN 14 + (n * 31) % 43 END AS active_days,
              CASE WHEN n <= $1::int THEN 0.85 ELSE 0.3 END AS rate,
              0.35 + (n % 13) / 20.0 AS adherence
       FROM generate_series(1, $2::int) AS n`,
      [options.dailyCheckers, options.patients],
    );
    await step(
      "patients and episodes",
      `INSERT INTO "User" (id, email, name, role, "clinicId", "passwordHash", "createdAt", "updatedAt")
       SELECT id, 'patient-' || n || '@lakeside.example',
              (${FIRST})[1 + n % 8] || ' ' || (${LAST})[1 + (n / 8) % 8] || 'son ' || n,
              'PATIENT', $1, CASE WHEN never AND n % 20 = 1 THEN NULL ELSE $2 END,
              ($3::date - onset_days) + time '09:00', now()
       FROM bench_patient`,
      [LARGE_CLINIC.id, passwordHash, today],
    );
    await step(
      "patients and episodes",
      // History answered ("none of these"), so the dashboard is measured rather than the one-time history page.
      `INSERT INTO "PatientProfile" ("userId", "dateOfBirth", "timeZone", "historyAnsweredAt", "updatedAt")
       SELECT id, DATE '1950-01-01' + (n * 9173) % 20000, $1, now(), now() FROM bench_patient`,
      [LARGE_CLINIC.timeZone],
    );
    await step(
      "patients and episodes",
      `INSERT INTO "Episode" (id, "patientId", "onsetDate", "primaryCondition", status, "createdAt", "updatedAt")
       SELECT 'lc-ep-' || n, id, $1::date - onset_days,
              ((ARRAY[${CONDITIONS.map((condition) => `'${condition}'`).join(",")}])[1 + (n * 7) % 8])::"Condition", 'ACTIVE',
              ($1::date - onset_days) + time '09:00', now()
       FROM bench_patient`,
      [today],
    );

    // The check-ins, up to yesterday: `ago` days before today, `dso` days since onset.
    await step(
      "check-ins",
      `INSERT INTO "CheckIn" (id, "patientId", "episodeId", date, "painNow", "painAreas", "painSide", "belowKnee", numbness, weakness,
                              "activityMinutes", "sleepDisturbed", "tookPainMedicine", "redFlags", "pegPain", "pegEnjoyment", "pegActivity",
                              "createdAt", "updatedAt")
       SELECT 'lc-ci-' || b.n || '-' || d.ago, b.id, 'lc-ep-' || b.n, $1::date - d.ago, p.pain,
              (CASE b.n % 3 WHEN 0 THEN '{LOWER_BACK}' WHEN 1 THEN '{LOWER_BACK,BUTTOCK}' ELSE '{LOWER_BACK,BUTTOCK,BACK_OF_THIGH,CALF}' END)::text[],
              (CASE WHEN b.n % 3 = 2 THEN 'LEFT' END)::"BodySide", b.n % 3 = 2, b.n % 3 = 2 AND random() < 0.3, false,
              (random() * 60)::int, p.pain >= 6 AND random() < 0.6, p.pain >= 6, '{}',
              CASE WHEN s.dso % 7 = 0 THEN p.pain END,
              CASE WHEN s.dso % 7 = 0 THEN greatest(0, least(10, p.pain + (random() * 2 - 1)::int)) END,
              CASE WHEN s.dso % 7 = 0 THEN greatest(0, least(10, p.pain + (random() * 2 - 1)::int)) END,
              ($1::date - d.ago) + time '18:00', ($1::date - d.ago) + time '18:00'
       FROM bench_patient b
       CROSS JOIN LATERAL generate_series(1, least(b.onset_days, 365)) AS d(ago)
       CROSS JOIN LATERAL (SELECT b.onset_days - d.ago AS dso) s
       CROSS JOIN LATERAL (
         SELECT greatest(0, least(10, round(
           CASE b.course
             WHEN 0 THEN 7 - 5 * least(1, s.dso / 84.0)
             WHEN 1 THEN 6.5 - 2 * least(1, s.dso / 180.0)
             WHEN 2 THEN 5.5
             ELSE 4 + 3 * least(1, s.dso / 60.0)
           END + (random() - 0.5) * 3)))::int AS pain
       ) p
       -- "+ 0 * d.ago" ties the draw to the day: a condition on b alone would be drawn once per patient.
       WHERE NOT b.never AND (b.active_days IS NULL OR s.dso < b.active_days) AND random() + 0 * d.ago < b.rate`,
      [today],
    );

    // One patient in 50: a red flag on their latest check-in and its alert, half of them reviewed.
    await step(
      "red flags",
      `WITH latest AS (
         SELECT DISTINCT ON (c."patientId") c.id FROM "CheckIn" c
         WHERE c."patientId" IN (SELECT id FROM bench_patient WHERE n % 50 = 7)
         ORDER BY c."patientId", c.date DESC),
       flagged AS (
         UPDATE "CheckIn" c SET "redFlags" = '{WORSENING_LEG_WEAKNESS}', weakness = true FROM latest WHERE c.id = latest.id
         RETURNING c.id, c."patientId", c.date)
       INSERT INTO "RedFlagAlert" (id, "patientId", "checkInId", flags, "raisedAt", "reviewedAt", "reviewedById")
       SELECT 'lc-alert-' || f.id, f."patientId", f.id, '{WORSENING_LEG_WEAKNESS}', f.date + time '18:00',
              CASE WHEN b.n % 100 = 7 THEN f.date + time '20:00' END, CASE WHEN b.n % 100 = 7 THEN 'lc-c-1' END
       FROM flagged f JOIN bench_patient b ON b.id = f."patientId"`,
    );

    // Plans for three patients in five, started 3 days after onset; a second version 4 weeks in when the plan is over 6 weeks old.
    await step(
      "plans",
      `INSERT INTO "ExercisePlan" (id, "patientId", "episodeId", title, "startDate", "createdById", "createdAt")
       SELECT 'lc-plan-' || n, id, 'lc-ep-' || n,
              (ARRAY['Back care basics','Sciatica: nerve glides and walking','Core and hips','Return to running'])[1 + n % 4],
              $1::date - greatest(0, onset_days - 3), 'lc-c-' || (1 + n % $2::int), ($1::date - greatest(0, onset_days - 3)) + time '10:00'
       FROM bench_patient WHERE n % 5 IN (0, 1, 2)`,
      [today, options.clinicians],
    );
    await step(
      "plans",
      `INSERT INTO "ExercisePlanVersion" (id, "planId", number, "effectiveFrom", "createdById", "createdAt")
       SELECT id || '-v1', id, 1, "startDate", "createdById", "createdAt" FROM "ExercisePlan" WHERE id LIKE 'lc-plan-%'
       UNION ALL
       SELECT id || '-v2', id, 2, "startDate" + 28, "createdById", "createdAt" + interval '28 days'
       FROM "ExercisePlan" WHERE id LIKE 'lc-plan-%' AND "startDate" <= $1::date - 42`,
      [today],
    );
    // Exercises from the clinical library (synced by prepareDatabase).
    await step(
      "plans",
      `WITH ex AS (SELECT array_agg(id ORDER BY slug) AS ids, count(*)::int AS n FROM "Exercise" WHERE "retiredAt" IS NULL)
       INSERT INTO "ExercisePlanItem" (id, "versionId", "exerciseId", position, sets, reps, "timesPerDay", "daysPerWeek", "fromWeek", "toWeek")
       SELECT v.id || '-i' || k, v.id, ex.ids[1 + (split_part(v."planId", '-', 3)::int + k * 3) % ex.n], k, 2, 10, 1,
              (ARRAY[7, 7, 5, 3, 7])[k + 1], CASE WHEN v.number = 2 AND k = 3 THEN 5 ELSE 1 END, CASE WHEN v.number = 1 AND k = 2 THEN 4 END
       FROM "ExercisePlanVersion" v CROSS JOIN ex
       CROSS JOIN LATERAL generate_series(0, CASE WHEN v.number = 1 THEN 3 ELSE 4 END) AS k
       WHERE v.id LIKE 'lc-plan-%'`,
    );

    // Logs of the items due on each of the last days: the version in effect that day, the item's plan weeks, its first daysPerWeek days of each plan week.
    await step(
      "exercise logs",
      `INSERT INTO "ExerciseLog" (id, "patientId", "planItemId", date, outcome, "painDuring", feel, "skipReason", "createdAt", "updatedAt")
       SELECT i.id || '-l' || d.ago, pl."patientId", i.id, $1::date - d.ago,
              (CASE WHEN x.r < b.adherence THEN 'DONE' ELSE 'SKIPPED' END)::"ExerciseOutcome",
              CASE WHEN x.r < b.adherence THEN (x.r * 40)::int % 6 END,
              (CASE WHEN x.r < b.adherence THEN 'ABOUT_RIGHT' END)::"ExerciseFeel",
              (CASE WHEN x.r >= b.adherence THEN 'NO_TIME' END)::"SkipReason",
              ($1::date - d.ago) + time '08:00', ($1::date - d.ago) + time '08:00'
       FROM "ExercisePlan" pl
       JOIN bench_patient b ON b.id = pl."patientId"
       CROSS JOIN generate_series(1, $2::int) AS d(ago)
       JOIN LATERAL (
         SELECT v.id FROM "ExercisePlanVersion" v WHERE v."planId" = pl.id AND v."effectiveFrom" <= $1::date - d.ago ORDER BY v.number DESC LIMIT 1
       ) v ON TRUE
       JOIN "ExercisePlanItem" i ON i."versionId" = v.id
       CROSS JOIN LATERAL (SELECT random() AS r, ($1::date - d.ago) - pl."startDate" AS pd) x
       WHERE pl.id LIKE 'lc-plan-%' AND x.pd >= 0 AND x.pd / 7 + 1 >= i."fromWeek" AND x.pd / 7 + 1 <= coalesce(i."toWeek", 100000)
         AND x.pd % 7 < i."daysPerWeek" AND x.r < b.adherence + 0.1`,
      [today, options.exerciseLogDays],
    );

    await step(
      "guides",
      `WITH g AS (SELECT array_agg(id ORDER BY slug) AS ids, count(*)::int AS n FROM "Guide" WHERE "retiredAt" IS NULL)
       INSERT INTO "GuideAssignment" (id, "patientId", "guideId", "assignedById", "assignedAt")
       SELECT 'lc-ga-' || b.n || '-' || k, b.id, g.ids[1 + (b.n + k * 5) % g.n], 'lc-c-' || (1 + b.n % $2::int), ($1::date - b.onset_days) + time '10:00'
       FROM bench_patient b CROSS JOIN g CROSS JOIN generate_series(0, 1) AS k
       WHERE g.n > 1`,
      [today, options.clinicians],
    );

    const { rows } = await client.query<Omit<TLargeClinicCounts, "steps">>(
      `SELECT (SELECT count(*)::int FROM "User" WHERE "clinicId" = $1 AND role = 'PATIENT') AS patients,
              (SELECT count(*)::int FROM "User" WHERE "clinicId" = $1 AND role = 'CLINICIAN') AS clinicians,
              (SELECT count(*)::int FROM "CheckIn" WHERE id LIKE 'lc-%') AS "checkIns",
              (SELECT count(*)::int FROM "ExercisePlan" WHERE id LIKE 'lc-%') AS plans,
              (SELECT count(*)::int FROM "ExercisePlanVersion" WHERE id LIKE 'lc-%') AS "planVersions",
              (SELECT count(*)::int FROM "ExercisePlanItem" WHERE id LIKE 'lc-%') AS "planItems",
              (SELECT count(*)::int FROM "ExerciseLog" WHERE id LIKE 'lc-%') AS "exerciseLogs",
              (SELECT count(*)::int FROM "RedFlagAlert" WHERE id LIKE 'lc-%') AS alerts,
              (SELECT count(*)::int FROM "GuideAssignment" WHERE id LIKE 'lc-%') AS "guideAssignments"`,
      [LARGE_CLINIC.id],
    );
    return { ...rows[0]!, steps };
  } finally {
    await client.end();
  }
}
