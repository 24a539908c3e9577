import { randomInt, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { addDays, todayIn } from "../../lib/dates/calendar-date";
import type { THttpSession } from "./http-session";
import type { TLoadPatient } from "./load-patients";

/*
 * Patients checking in without pause, each like a phone that keeps what was
 * typed until the server says it is saved: one logical submission at a time,
 * each with its own request key, sent again with the SAME key after any
 * failure or silence until it is acknowledged. Now and then a patient sends
 * an already-acknowledged submission again (a double tap, a replayed request).
 * Many submissions for one day are edits of that day's check-in.
 */

export type TOutcome = "acknowledged" | "unavailable" | "unclear-503" | "server-error" | "refused" | "hang" | "network";

export interface TAttempt {
  requestId: string;
  /** Sent again after a failure (same key). */
  retry: boolean;
  /** A re-send of a submission that was already acknowledged. */
  resend: boolean;
  /** ms since the load began. */
  sentAt: number;
  ms: number;
  outcome: TOutcome;
  status: number | null;
  detail?: string;
}

export interface TSubmission {
  requestId: string;
  patientId: string;
  date: string;
  painNow: number;
  /** Unique per submission: the stored check-in's note says which submission it holds. */
  note: string;
  acknowledged?: { checkInId: string; created: boolean; at: number };
  abandoned?: string;
}

export interface TLoadResult {
  attempts: TAttempt[];
  submissions: TSubmission[];
  /** Re-sends of acknowledged submissions answered with another check-in than the first answer. */
  resendMismatches: string[];
}

export interface TLoadOptions {
  patients: { patient: TLoadPatient; session: THttpSession }[];
  /** New submissions are started until then (ms since `startedAt`). */
  durationMs: number;
  /** Unacknowledged submissions are retried until this much later, then reported. */
  drainMs: number;
  /** An answer slower than this counts as a hang (and the submission is retried). */
  hangMs: number;
  /** Share of acknowledged submissions sent once more. */
  resendShare: number;
  /** The message a write gets while the database is away. */
  unavailableMessage: string;
  startedAt: number;
}

const THINK_MS = [50, 150] as const;
const RETRY_MS = [250, 500] as const;

export async function runCheckInLoad(options: TLoadOptions): Promise<TLoadResult> {
  const result: TLoadResult = { attempts: [], submissions: [], resendMismatches: [] };
  const clock = () => performance.now() - options.startedAt;
  await Promise.all(options.patients.map(({ patient, session }) => patientLoop(patient, session, options, result, clock)));
  return result;
}

async function patientLoop(patient: TLoadPatient, session: THttpSession, options: TLoadOptions, result: TLoadResult, clock: () => number): Promise<void> {
  const mine: TSubmission[] = [];
  while (clock() < options.durationMs) {
    const submission = newSubmission(patient);
    mine.push(submission);
    result.submissions.push(submission);
    await deliver(submission, false, session, options, result, clock);
    const acknowledged = mine.filter((earlier) => earlier.acknowledged);
    if (acknowledged.length && Math.random() < options.resendShare) {
      await deliver(acknowledged[randomInt(acknowledged.length)]!, true, session, options, result, clock);
    }
    await sleep(randomInt(THINK_MS[0], THINK_MS[1]));
  }
}

function newSubmission(patient: TLoadPatient): TSubmission {
  const requestId = randomUUID();
  return {
    requestId,
    patientId: patient.patientId,
    // Today or one of the six days before (the window allows seven): several days per patient, many edits each.
    date: addDays(todayIn(patient.timeZone), -randomInt(0, 7)),
    painNow: randomInt(0, 11),
    note: `resilience ${requestId}`,
  };
}

/** Sends until acknowledged (or refused, or the run's end). */
async function deliver(submission: TSubmission, resend: boolean, session: THttpSession, options: TLoadOptions, result: TLoadResult, clock: () => number): Promise<void> {
  const firstAnswer = submission.acknowledged;
  for (let retry = false; ; retry = true) {
    if (clock() > options.durationMs + options.drainMs) {
      if (!submission.acknowledged) submission.abandoned = "still not acknowledged when the run ended";
      return;
    }
    const attempt = await send(submission, session, options, clock);
    result.attempts.push({ ...attempt, retry, resend });
    if (attempt.outcome === "acknowledged" && attempt.answer) {
      if (!firstAnswer) submission.acknowledged = { ...attempt.answer, at: clock() };
      else if (firstAnswer.checkInId !== attempt.answer.checkInId || firstAnswer.created !== attempt.answer.created) {
        result.resendMismatches.push(`${submission.requestId}: first ${JSON.stringify(firstAnswer)}, again ${JSON.stringify(attempt.answer)}`);
      }
      return;
    }
    if (attempt.outcome === "refused") {
      if (!firstAnswer) submission.abandoned = `refused: ${attempt.detail}`;
      return;
    }
    await sleep(randomInt(RETRY_MS[0], RETRY_MS[1]));
  }
}

type Sent = Omit<TAttempt, "retry" | "resend"> & { answer?: { checkInId: string; created: boolean } };

async function send(submission: TSubmission, session: THttpSession, options: TLoadOptions, clock: () => number): Promise<Sent> {
  const sentAt = clock();
  const base = { requestId: submission.requestId, sentAt };
  const body = { date: submission.date, painNow: submission.painNow, note: submission.note, requestId: submission.requestId };
  try {
    const response = await session.request(`/api/v1/patients/${submission.patientId}/check-ins`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      timeoutMs: options.hangMs,
    });
    const payload = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    const ms = clock() - sentAt;
    return { ...base, ms, status: response.status, ...classify(response, payload, options.unavailableMessage) };
  } catch (error) {
    const ms = clock() - sentAt;
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") return { ...base, ms, status: null, outcome: "hang", detail: `no answer within ${options.hangMs} ms` };
    return { ...base, ms, status: null, outcome: "network", detail: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error) };
  }
}

function classify(response: Response, payload: Record<string, unknown> | null, unavailableMessage: string): Pick<Sent, "outcome" | "detail" | "answer"> {
  const error = payload?.error as { code?: string; message?: string } | undefined;
  const detail = `${response.status} ${error?.code ?? ""} ${error?.message ?? ""}`.trim();
  if (response.status === 200) {
    const saved = payload as { checkIn?: { id?: string }; created?: boolean } | null;
    if (typeof saved?.checkIn?.id !== "string" || typeof saved.created !== "boolean") return { outcome: "server-error", detail: "200 without a check-in" };
    return { outcome: "acknowledged", answer: { checkInId: saved.checkIn.id, created: saved.created } };
  }
  if (response.status === 503) {
    const clear = error?.code === "database_unavailable" && error.message === unavailableMessage && response.headers.get("retry-after") !== null;
    return { outcome: clear ? "unavailable" : "unclear-503", detail };
  }
  return { outcome: response.status >= 500 ? "server-error" : "refused", detail };
}
