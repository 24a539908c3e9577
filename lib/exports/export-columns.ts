import type { TCheckInView } from "../checkins/check-in-view";
import { levelOfFlags } from "../red-flags/red-flag-level";
import { RED_FLAGS } from "../red-flags/red-flags";
import type { TCsvColumn } from "./csv";

/*
 * The columns of the two CSV files in "Download my data". Codes are the
 * app's own (listed in each description), so a file can be read back
 * without guessing; lists are separated by semicolons.
 */

export const CHECK_IN_COLUMNS: readonly TCsvColumn<TCheckInView>[] = [
  { name: "date", description: "Your calendar date of the check-in (YYYY-MM-DD); one row per day.", value: (row) => row.date },
  { name: "pain_now", description: "Pain now, 0 (no pain) to 10 (worst pain imaginable).", value: (row) => row.painNow },
  { name: "pain_areas", description: "Where it hurt, separated by semicolons: LOWER_BACK, BUTTOCK, BACK_OF_THIGH, CALF, FOOT.", value: (row) => row.painAreas.join(";") },
  { name: "pain_side", description: "LEFT, RIGHT or BOTH; empty when not given.", value: (row) => row.painSide },
  { name: "below_knee", description: "true when the pain went below the knee.", value: (row) => row.belowKnee },
  { name: "numbness", description: "true when there was numbness or tingling.", value: (row) => row.numbness },
  { name: "weakness", description: "true when there was weakness in the leg.", value: (row) => row.weakness },
  { name: "activity_minutes", description: "Minutes of activity that day; empty when not given.", value: (row) => row.activityMinutes },
  { name: "sleep_disturbed", description: "true when pain disturbed sleep.", value: (row) => row.sleepDisturbed },
  { name: "took_pain_medicine", description: "true when pain medicine was taken.", value: (row) => row.tookPainMedicine },
  { name: "peg_pain", description: "Weekly PEG-3 question 1, average pain in the past week, 0-10; empty when not answered.", value: (row) => row.pegPain },
  { name: "peg_enjoyment", description: "PEG-3 question 2, how much pain interfered with enjoyment of life, 0-10.", value: (row) => row.pegEnjoyment },
  { name: "peg_activity", description: "PEG-3 question 3, how much pain interfered with general activity, 0-10.", value: (row) => row.pegActivity },
  {
    name: "red_flags",
    description: `Warning signs (red flags) the check-in raised, separated by semicolons: ${RED_FLAGS.map((flag) => flag.code).join(", ")}.`,
    value: (row) => row.redFlags.join(";"),
  },
  {
    name: "red_flag_level",
    description: "The highest level of those signs: EMERGENCY (call the emergency number now) or URGENT (contact the clinic, a doctor or urgent care that day); empty when none.",
    value: (row) => levelOfFlags(row.redFlags),
  },
  { name: "note", description: "Your note, as you wrote it (a note starting with = + - @ or ' gets one more apostrophe in front, so spreadsheets show it as text and never run it).", value: (row) => row.note },
];

export interface TExerciseCompletionRow {
  date: string;
  exercise: string;
  planTitle: string;
  outcome: "DONE" | "SKIPPED";
  painDuring: number | null;
  feel: "TOO_EASY" | "ABOUT_RIGHT" | "TOO_HARD" | null;
  skipReason: "TOO_PAINFUL" | "NO_TIME" | "OTHER" | null;
}

export const EXERCISE_COMPLETION_COLUMNS: readonly TCsvColumn<TExerciseCompletionRow>[] = [
  { name: "date", description: "Your calendar date (YYYY-MM-DD).", value: (row) => row.date },
  { name: "exercise", description: "The exercise's name.", value: (row) => row.exercise },
  { name: "plan", description: "The title of the plan it was part of.", value: (row) => row.planTitle },
  { name: "outcome", description: "DONE or SKIPPED.", value: (row) => row.outcome },
  { name: "pain_during", description: "Pain during the exercise, 0-10; empty when not given.", value: (row) => row.painDuring },
  { name: "feel", description: "TOO_EASY, ABOUT_RIGHT or TOO_HARD; empty when not given.", value: (row) => row.feel },
  { name: "skip_reason", description: "TOO_PAINFUL, NO_TIME or OTHER, for a skipped exercise.", value: (row) => row.skipReason },
];

export interface TMessageRow {
  sentAt: string;
  about: string;
  from: string;
  message: string;
}

export const MESSAGE_COLUMNS: readonly TCsvColumn<TMessageRow>[] = [
  { name: "sent_at", description: "When the message was sent (UTC, ISO 8601).", value: (row) => row.sentAt },
  { name: "about", description: "What the conversation was about (a check-in, an alert, an exercise, or a general question).", value: (row) => row.about },
  { name: "from", description: "Who wrote it: \"you\", or the name of the person at the clinic.", value: (row) => row.from },
  { name: "message", description: "The message as written (one starting with = + - @ or ' gets one more apostrophe in front, as in the note column).", value: (row) => row.message },
];
