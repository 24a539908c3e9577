import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getLibrary } from "@/lib/content/load-library";
import { todayIn } from "@/lib/dates/calendar-date";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { planDoseOf } from "@/lib/plans/format-plan-item";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { listPlanTemplates } from "@/lib/plan-templates/list-plan-templates";
import { PlanBuilder } from "./_components/plan-builder";

export const metadata: Metadata = { title: "Exercise plan" };

/**
 * The plan builder: changes the patient's current plan (a new version) or,
 * with `?new=1` or when there is none, writes a new plan that replaces it.
 */
export default async function PlanBuilderPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<{ new?: string }> }) {
  const viewer = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  const [plans, templates] = await Promise.all([getPatientPlans(db, viewer, patientId), listPlanTemplates(db, viewer)]);
  const current = (await searchParams).new ? null : plans.current;
  const today = todayIn(record.timeZone);
  const exercises = getLibrary().exercises.map((exercise) => ({
    exerciseSlug: exercise.slug,
    exerciseName: exercise.name,
    bodyArea: exercise.bodyArea,
    goals: exercise.goals,
    equipment: exercise.equipment,
    conditions: exercise.conditions,
    eachSide: exercise.dose.eachSide,
    ...planDoseOf(exercise.dose),
  }));
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/patients/${record.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Back to {record.name}
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{current ? `Change ${record.name}'s plan` : `New exercise plan for ${record.name}`}</h1>
        <p className="text-muted">
          {current
            ? `This saves version ${current.versionCount + 1} of “${current.title}”. Earlier versions are kept.`
            : plans.current
              ? `Saving ends the current plan, “${plans.current.title}”; it stays in the history.`
              : "Pick exercises, set each dose, and put them in the order the patient should do them."}
        </p>
      </div>
      <PlanBuilder
        patientId={record.id}
        planId={current?.id ?? null}
        initial={{
          title: current?.title ?? "",
          date: today,
          instructions: current?.version.instructions ?? "",
          items: current?.version.items ?? [],
        }}
        exercises={exercises}
        templates={templates}
        condition={record.episode?.primaryCondition ?? null}
      />
    </div>
  );
}
