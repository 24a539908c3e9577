import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ReissueInvitation } from "@/components/invitations/reissue-invitation";
import { ConsentSummary } from "@/components/clinic-records/consent-summary";
import { listCareTeam, listClinicClinicians } from "@/lib/care-team/care-team";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { getPatientInvitationStatus } from "@/lib/invitations/get-invitation-status";
import { CareTeamEditor } from "../../_components/care-team-editor";
import type { TViewer } from "@/lib/auth/viewer-types";
import type { TDatabase } from "@/lib/db/client";
import { getClinicAcuteWeeks } from "@/lib/episodes/get-clinic-acute-weeks";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import type { TPatientRecord } from "@/lib/patients/get-patient-record";
import { inHistoryOrder } from "@/lib/red-flags/medical-history";
import { EpisodeDetails } from "../../_components/episode-details";
import { MedicalHistory } from "../../_components/medical-history";
import { PatientActiveToggle } from "../../_components/patient-active-toggle";
import { openPatientSection } from "../_components/open-patient-section";
import { RecordHeader } from "../_components/record-header";
import { SectionSkeleton } from "../_components/section-skeleton";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfileSection({ params }: { params: Promise<{ patientId: string }> }) {
  const { db, viewer, record } = await openPatientSection(params, ["profile", "care team", "episodes", "medical history"]);
  const [consent, invitationStatus, careTeam, clinicians] = await Promise.all([
    getConsentStatus(db, viewer, record.id),
    record.hasSignedUp || !record.active ? null : getPatientInvitationStatus(db, viewer, record.id),
    listCareTeam(db, viewer, record.id),
    listClinicClinicians(db, viewer),
  ]);
  return (
    <div className="space-y-6">
      <RecordHeader record={record} />
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-xl font-bold text-brand-900">
          Profile and episode
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">Email</dt>
          <dd>{record.email}</dd>
          <dt className="font-medium">Date of birth</dt>
          <dd>{record.dateOfBirth}</dd>
          <dt className="font-medium">Time zone</dt>
          <dd>{record.timeZone}</dd>
          <dt className="font-medium">Account</dt>
          <dd>{!record.active ? "Account deactivated" : record.hasSignedUp ? "Active" : "Invited, has not set a password yet"}</dd>
          <dt className="font-medium">Privacy and terms</dt>
          <dd>
            <ConsentSummary status={consent} who="patient" />
          </dd>
        </dl>
        <p>
          <Link href={`/patients/${record.id}/flare-up-plan`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Flare-up plan<span className="sr-only"> of {record.name}</span> (see, change or print)
          </Link>
        </p>
        {record.hasSignedUp || !record.active ? null : (
          <>
            <ReissueInvitation invitee={{ patientId: record.id }} name={record.name} status={invitationStatus} />
            <Link href={`/patients/${record.id}/setup-code`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              Set-up code sheet<span className="sr-only"> for {record.name}</span> (no email at hand: print a one-time code)
            </Link>
          </>
        )}
        <PatientActiveToggle patientId={record.id} name={record.name} active={record.active} />
        <Suspense fallback={<SectionSkeleton label="the episodes" />}>
          <Episodes db={db} viewer={viewer} record={record} />
        </Suspense>
      </section>
      <section aria-labelledby="care-team-heading" className="space-y-3">
        <h2 id="care-team-heading" className="text-xl font-bold text-brand-900">
          Care team
        </h2>
        <CareTeamEditor patientId={record.id} members={careTeam} clinicians={clinicians} />
      </section>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-bold text-brand-900">
          Medical history
        </h2>
        <p className="text-sm text-muted">History that makes some back pain more likely to be serious, asked once when the patient joins.</p>
        <MedicalHistory
          patientId={record.id}
          timeZone={record.timeZone}
          initial={{ medicalHistory: inHistoryOrder(record.medicalHistory), answeredAt: record.historyAnsweredAt }}
        />
      </section>
    </div>
  );
}

async function Episodes({ db, viewer, record }: { db: TDatabase; viewer: TViewer; record: TPatientRecord }) {
  const [episodes, acuteWeeks] = await Promise.all([listEpisodes(db, viewer, record.id), getClinicAcuteWeeks(db, viewer)]);
  return <EpisodeDetails patient={record} episodes={episodes} acuteWeeks={acuteWeeks} />;
}
