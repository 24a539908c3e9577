"use client";

import { useState } from "react";
import { DAILY_URGENT_QUESTIONS, EMERGENCY_QUESTIONS, HISTORY_QUESTIONS, WEEKLY_URGENT_QUESTIONS, type THistoryQuestionCode } from "@/lib/red-flags/check-in-questions";
import type { TCheckInDraft } from "@/lib/checkins/check-in-draft";

const CHOICE = "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-gray-400 px-3 has-checked:border-brand-800 has-checked:bg-brand-50";

type TQuestion = { code: string; text: string };

/**
 * The red-flag part of the check-in: new or changed signs only, in two
 * groups by what to do (emergency, urgent), each with its own "None of
 * these", then the yes/no questions the patient's history adds. Pain below
 * the knee on both sides leads into the emergency group: its both-legs
 * question comes first and is marked.
 */
export function RedFlagQuestions({
  draft,
  setDraft,
  weekly,
  askedHistory,
}: {
  draft: TCheckInDraft;
  setDraft: (draft: TCheckInDraft) => void;
  weekly: boolean;
  askedHistory: THistoryQuestionCode[];
}) {
  const bothLegs = draft.painSide === "BOTH" && draft.belowKnee;
  const urgent: TQuestion[] = [...DAILY_URGENT_QUESTIONS, ...(weekly ? WEEKLY_URGENT_QUESTIONS : [])];
  const history = HISTORY_QUESTIONS.filter((question) => askedHistory.includes(question.code));
  return (
    <div className="space-y-6">
      <SignGroup
        id="emergency-signs"
        legend="Is any of this new since your last check-in?"
        questions={EMERGENCY_QUESTIONS}
        marked={bothLegs ? "BOTH_LEGS" : null}
        markedNote="You said the pain goes below the knee on both sides. Is that new?"
        draft={draft}
        setDraft={setDraft}
        tone="border-alert-700"
      />
      <SignGroup id="urgent-signs" legend="And is any of this new or worse?" questions={urgent} marked={null} markedNote="" draft={draft} setDraft={setDraft} tone="border-amber-700" />
      {history.map((question) => (
        <fieldset key={question.code} className="space-y-2">
          <legend className="text-lg font-semibold">{question.text}</legend>
          <div className="grid grid-cols-2 gap-2">
            {([true, false] as const).map((answer) => (
              <label key={String(answer)} className={CHOICE}>
                <input type="radio" name={question.field} className="size-6" checked={draft[question.field] === answer} onChange={() => setDraft({ ...draft, [question.field]: answer })} />
                {answer ? "Yes" : "No"}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

function SignGroup({
  id,
  legend,
  questions,
  marked,
  markedNote,
  draft,
  setDraft,
  tone,
}: {
  id: string;
  legend: string;
  questions: readonly TQuestion[];
  marked: string | null;
  markedNote: string;
  draft: TCheckInDraft;
  setDraft: (draft: TCheckInDraft) => void;
  tone: string;
}) {
  const codes = questions.map((question) => question.code);
  const anyTicked = draft.redFlags.some((code) => codes.includes(code));
  // "None of these" is not sent: an empty group already means no. It is there so the patient can say so.
  const [none, setNone] = useState(false);
  const ordered = marked ? [...questions.filter((question) => question.code === marked), ...questions.filter((question) => question.code !== marked)] : questions;
  const setTicked = (code: string, on: boolean) => {
    if (on) setNone(false);
    setDraft({ ...draft, redFlags: on ? [...new Set([...draft.redFlags, code])] : draft.redFlags.filter((item) => item !== code) });
  };
  return (
    <fieldset className={`space-y-2 rounded-lg border-2 p-4 ${tone}`} aria-describedby={marked ? `${id}-note` : undefined}>
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {marked ? (
        <p id={`${id}-note`} className="font-semibold text-alert-700">
          {markedNote}
        </p>
      ) : null}
      {ordered.map((question) => (
        <label key={question.code} className={`${CHOICE} ${question.code === marked ? "border-2 border-alert-700 bg-alert-50" : ""}`}>
          <input type="checkbox" className="size-6 shrink-0" checked={draft.redFlags.includes(question.code)} onChange={(event) => setTicked(question.code, event.target.checked)} />
          {question.text}
        </label>
      ))}
      <label className={CHOICE}>
        <input
          type="checkbox"
          className="size-6 shrink-0"
          checked={none && !anyTicked}
          onChange={(event) => {
            setNone(event.target.checked);
            if (event.target.checked) setDraft({ ...draft, redFlags: draft.redFlags.filter((code) => !codes.includes(code)) });
          }}
        />
        None of these
      </label>
    </fieldset>
  );
}
