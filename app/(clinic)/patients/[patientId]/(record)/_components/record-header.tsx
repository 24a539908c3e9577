import { CONDITION_LABELS } from "@/lib/conditions/conditions";
import { todayIn } from "@/lib/dates/calendar-date";
import { ageOn } from "@/lib/patients/age";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { SectionTabs } from "./section-tabs";

/** Who this is, on every section, and the links between the sections. */
export function RecordHeader({ record }: { record: TPatientRecord }) {
  const facts = [
    `${ageOn(record.dateOfBirth, todayIn(record.timeZone))} years`,
    record.episode ? CONDITION_LABELS[record.episode.primaryCondition] : "No current episode",
    record.active ? null : "Account deactivated",
  ].filter(Boolean);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-2xl font-bold text-brand-900">{record.name}</h1>
        <p className="text-muted">{facts.join(" · ")}</p>
      </div>
      <SectionTabs patientId={record.id} name={record.name} />
    </div>
  );
}
