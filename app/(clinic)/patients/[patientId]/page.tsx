import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessLogTable } from "@/components/audit/access-log-table";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listPatientAccess } from "@/lib/audit/list-patient-access";
import { recordPatientPageVisit } from "@/lib/audit/record-page-visit";
import { getDb } from "@/lib/db/client";
import { getPatientRecord } from "@/lib/patients/get-patient-record";
import { ConsentSummary } from "@/components/clinic-records/consent-summary";
import { getConsentStatus } from "@/lib/clinic-records/consent";
import { getClinicAcuteWeeks } from "@/lib/episodes/get-clinic-acute-weeks";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import { ReissueInvitation } from "@/components/invitations/reissue-invitation";
import { getPatientInvitationStatus } from "@/lib/invitations/get-invitation-status";
import { guideAssignmentJson } from "@/lib/assignments/guide-assignment-endpoints";
import { listGuideAssignments } from "@/lib/assignments/guide-assignments";
import { getLibrary } from "@/lib/content/load-library";
import { listClinicianNotes } from "@/lib/notes/clinician-notes";
import { ButtonLink } from "@/components/ui/button-link";
import { PlanSummary } from "@/components/plans/plan-summary";
import { todayIn } from "@/lib/dates/calendar-date";
import { mediumDateOfInstant } from "@/lib/dates/format-date";
import { getPatientPlans } from "@/lib/plans/get-patient-plans";
import { AddNoteForm } from "./_components/add-note-form";
import { EpisodeDetails } from "./_components/episode-details";
import { EndPlanButton } from "./_components/end-plan-button";
import { listCheckIns } from "@/lib/checkins/list-check-ins";
import { getWeeklyAdherence } from "@/lib/exercise-log/get-weekly-adherence";
import { listRedFlagAlerts } from "@/lib/red-flags/list-open-alerts";
import { getEpisodeTrend } from "@/lib/episodes/get-episode-trend";
import { CheckInHistory } from "./_components/check-in-history";
import { PainTrend } from "./_components/pain-trend";
import { PatientActiveToggle } from "./_components/patient-active-toggle";
import { PatientGuides } from "./_components/patient-guides";
import { inHistoryOrder } from "@/lib/red-flags/medical-history";
import { MedicalHistory } from "./_components/medical-history";
import { RedFlagAlerts } from "./_components/red-flag-alerts";
import { WeeklyAdherence } from "./_components/weekly-adherence";
import { PatientConversations } from "./_components/patient-conversations";
import { listConversations } from "@/lib/messages/conversations";
import { listCareTeam, listClinicClinicians } from "@/lib/care-team/care-team";
import { CareTeamEditor } from "./_components/care-team-editor";
import { ClinicianDischarge } from "@/components/discharge/clinician-discharge";
import { ClinicianQuestionnaires } from "@/components/questionnaires/clinician-questionnaires";
import { listSeenAgainRequests } from "@/lib/discharge/seen-again";
import { getQuestionnaires } from "@/lib/questionnaires/get-questionnaires";
import { getInstruments } from "@/lib/questionnaires/load-instruments";
import { listPlanReviews } from "@/lib/questionnaires/plan-review";

export const metadata: Metadata = { title: "Patient" };

/** What this page shows, named in its one audit event. */
const SECTIONS = ["profile", "care team", "episodes", "medical history", "red-flag alerts", "pain trend", "function questionnaires", "plan reviews", "discharge", "check-ins", "exercise adherence", "guides", "exercise plan", "flare-up plan", "messages", "clinic notes", "access history"];

/** The current episode's discharge date in the patient's calendar, or null when it is not discharged. */
function dischargedOn(episode: { status: string; closedAt: Date | null } | undefined, timeZone: string): string | null {
  return episode?.status === "DISCHARGED" && episode.closedAt ? todayIn(timeZone, episode.closedAt) : null;
}

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const signedIn = await requirePageViewer("CLINICIAN");
  const { patientId } = await params;
  const db = getDb();
  // One event for the visit, before anything is read; the reads below are not recorded again.
  const viewer = await recordPatientPageVisit(db, signedIn, patientId, SECTIONS);
  if (!viewer) notFound();
  const record = await getPatientRecord(db, viewer, patientId);
  if (!record) notFound();
  // One after another on purpose: the access log read last shows this visit.
  const careTeam = await listCareTeam(db, viewer, patientId);
  const clinicians = await listClinicClinicians(db, viewer);
  const episodes = await listEpisodes(db, viewer, patientId);
  const consent = await getConsentStatus(db, viewer, patientId);
  const acuteWeeks = await getClinicAcuteWeeks(db, viewer);
  const alerts = await listRedFlagAlerts(db, viewer, patientId);
  const checkIns = await listCheckIns(db, viewer, patientId, { limit: 28 });
  const trend = await getEpisodeTrend(db, viewer, patientId);
  const adherence = await getWeeklyAdherence(db, viewer, patientId);
  const guides = await listGuideAssignments(db, viewer, patientId);
  const notes = await listClinicianNotes(db, viewer, patientId);
  const plans = await getPatientPlans(db, viewer, patientId);
  const conversations = await listConversations(db, viewer, { patientId, status: "all" });
  const questionnaires = await getQuestionnaires(db, viewer, patientId);
  const reviews = await listPlanReviews(db, viewer, patientId);
  const seenAgain = await listSeenAgainRequests(db, viewer, patientId);
  const accessLog = await listPatientAccess(db, viewer, patientId);
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{record.name}</h1>
        <p className="text-muted">{record.email}</p>
        <p>
          <Link href={`/patients/${record.id}/visit-summary`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Visit summary<span className="sr-only"> for {record.name}</span> (one page to print)
          </Link>
        </p>
        <p>
          <Link href={`/patients/${record.id}/flare-up-plan`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Flare-up plan<span className="sr-only"> of {record.name}</span> (see, change or print)
          </Link>
        </p>
      </div>
      <section aria-labelledby="profile-heading" className="space-y-4">
        <h2 id="profile-heading" className="text-xl font-bold text-brand-900">
          Profile and episode
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
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
        {record.hasSignedUp || !record.active ? null : (
          <>
            <ReissueInvitation invitee={{ patientId: record.id }} name={record.name} status={await getPatientInvitationStatus(db, viewer, record.id)} />
            <Link href={`/patients/${record.id}/setup-code`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              Set-up code sheet<span className="sr-only"> for {record.name}</span> (no email at hand: print a one-time code)
            </Link>
          </>
        )}
        <PatientActiveToggle patientId={record.id} name={record.name} active={record.active} />
        <EpisodeDetails patient={record} episodes={episodes} acuteWeeks={acuteWeeks} />
      </section>
      <section aria-labelledby="care-team-heading" className="space-y-3">
        <h2 id="care-team-heading" className="text-xl font-bold text-brand-900">
          Care team
        </h2>
        <CareTeamEditor patientId={record.id} members={careTeam} clinicians={clinicians} />
      </section>
      <section aria-labelledby="alerts-heading" className="space-y-3">
        <h2 id="alerts-heading" className="text-xl font-bold text-brand-900">
          Red-flag alerts
        </h2>
        <RedFlagAlerts patientId={record.id} timeZone={record.timeZone} reviewerName={viewer.name} initial={alerts} />
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
      {trend ? (
        <section aria-labelledby="trend-heading" className="space-y-3">
          <h2 id="trend-heading" className="text-xl font-bold text-brand-900">
            Pain trend
          </h2>
          <PainTrend view={trend} adherence={adherence.weeks} />
        </section>
      ) : null}
      <section aria-labelledby="function-heading" className="space-y-3">
        <h2 id="function-heading" className="text-xl font-bold text-brand-900">
          Function (questionnaires)
        </h2>
        <ClinicianQuestionnaires patientId={record.id} view={questionnaires} reviews={reviews} instruments={getInstruments()} timeZone={record.timeZone} />
      </section>
      <section aria-labelledby="discharge-heading" className="space-y-3">
        <h2 id="discharge-heading" className="text-xl font-bold text-brand-900">
          Discharge
        </h2>
        <ClinicianDischarge
          patientId={record.id}
          status={record.episode?.status ?? null}
          dischargedOn={dischargedOn(episodes.find((episode) => episode.id === record.episode?.id), record.timeZone)}
          requests={seenAgain}
          timeZone={record.timeZone}
        />
      </section>
      <section aria-labelledby="check-ins-heading" className="space-y-3">
        <h2 id="check-ins-heading" className="text-xl font-bold text-brand-900">
          Check-ins
        </h2>
        <p className="text-sm text-muted">The last four weeks, newest first. Pain now is 0 (none) to 10 (worst imaginable); PEG is the weekly PEG-3 mean.</p>
        <CheckInHistory checkIns={checkIns} />
      </section>
      <section aria-labelledby="adherence-heading" className="space-y-3">
        <h2 id="adherence-heading" className="text-xl font-bold text-brand-900">
          Exercise adherence
        </h2>
        <WeeklyAdherence adherence={adherence} />
      </section>
      <section aria-labelledby="guides-heading" className="space-y-3">
        <h2 id="guides-heading" className="text-xl font-bold text-brand-900">
          Guides
        </h2>
        <PatientGuides
          patientId={record.id}
          initial={{ assignments: guides.map(guideAssignmentJson) }}
          library={getLibrary().guides.map((guide) => ({ slug: guide.slug, title: guide.title }))}
        />
      </section>
      <section aria-labelledby="plan-heading" className="space-y-3">
        <h2 id="plan-heading" className="text-xl font-bold text-brand-900">
          Exercise plan
        </h2>
        {plans.current ? (
          <>
            <PlanSummary plan={plans.current} today={todayIn(record.timeZone)} />
            <p className="text-sm text-muted">
              Written by {plans.current.createdByName}
              {plans.current.versionCount > 1 ? `; version ${plans.current.versionCount} by ${plans.current.version.createdByName}` : ""}.
            </p>
            <div className="flex flex-wrap gap-3">
              <ButtonLink href={`/patients/${record.id}/plan`}>Change this plan</ButtonLink>
              <ButtonLink href={`/patients/${record.id}/plan?new=1`} variant="secondary">
                Write a new plan
              </ButtonLink>
            </div>
            <EndPlanButton patientId={record.id} planId={plans.current.id} title={plans.current.title} />
          </>
        ) : (
          <>
            <p>No exercise plan yet.</p>
            <ButtonLink href={`/patients/${record.id}/plan`}>Build a plan</ButtonLink>
          </>
        )}
        {plans.history.length > 0 ? (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-medium">Earlier plans ({plans.history.length})</summary>
            <ul className="list-disc space-y-1 pl-6">
              {plans.history.map((plan) => (
                <li key={plan.id}>
                  {plan.title}: from {plan.startDate}
                  {plan.endedAt ? `, ended ${mediumDateOfInstant(plan.endedAt)}` : ""} ({plan.versionCount === 1 ? "1 version" : `${plan.versionCount} versions`})
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="messages-heading" className="space-y-3">
        <h2 id="messages-heading" className="text-xl font-bold text-brand-900">
          Messages
        </h2>
        <PatientConversations patientId={record.id} conversations={conversations.conversations} />
      </section>
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-xl font-bold text-brand-900">
          Clinic notes
        </h2>
        <p className="text-sm text-muted">Only your clinic&apos;s clinicians see these notes. The patient does not.</p>
        {notes.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ul className="space-y-2">
            {notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-brand-100 p-3">
                <p className="text-sm text-muted">
                  {note.authorName}, <time dateTime={note.createdAt.toISOString()}>{mediumDateOfInstant(note.createdAt)}</time>
                </p>
                <p className="mt-1 whitespace-pre-line">{note.body}</p>
              </li>
            ))}
          </ul>
        )}
        <AddNoteForm patientId={record.id} />
      </section>
      <section aria-labelledby="access-heading" className="space-y-2">
        <h2 id="access-heading" className="text-xl font-bold text-brand-900">
          Access history
        </h2>
        <AccessLogTable entries={accessLog} caption={`Who opened or changed ${record.name}'s record, newest first`} showAddress />
      </section>
    </div>
  );
}
