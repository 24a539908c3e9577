import { expect, test, type APIRequestContext } from "@playwright/test";
import { ENDPOINTS } from "../lib/openapi/endpoints";
import { FHIR_ENDPOINTS } from "../lib/fhir/fhir-endpoints";
import { contextFor } from "./support/accounts";
import { MATRIX_PERSONAS, PAGES, all, pagesOnDisk, row, type TOutcome, type TRow } from "./support/pages";

/*
 * Every page (listed in ./support/pages.ts) and every API endpoint (below), for
 * each persona: the answer it must get (see Outcome). Patient A is Maria; the
 * records probed are hers. Adding a page or an endpoint without a row fails the
 * completeness tests below.
 */
type ApiProbe = { label: string; url: (ids: Ids) => string; body?: unknown; expect: TRow };
const WRITE_PASSWORD = { currentPassword: "not my password", newPassword: "a brand new passphrase" };

const API: Record<string, ApiProbe[]> = {
  "get /api/health": [{ label: "health", url: () => "/api/health", expect: all(200) }],
  "get /api/health/ready": [{ label: "readiness", url: () => "/api/health/ready", expect: all(200) }],
  "get /api/v1/openapi.json": [{ label: "openapi", url: () => "/api/v1/openapi.json", expect: all(200) }],
  "get /api/v1/conditions": [{ label: "conditions", url: () => "/api/v1/conditions", expect: all(200) }],
  "get /api/v1/me": [{ label: "me", url: () => "/api/v1/me", expect: row(401, 200, 200, 200, 200, 200) }],
  "post /api/v1/account/password": [
    { label: "change password (wrong current one)", url: () => "/api/v1/account/password", body: WRITE_PASSWORD, expect: row(401, 400, 400, 400, 400, 400) },
  ],
  // Empty codes: a wrong one would count towards the persona's lock.
  "post /api/v1/account/two-factor/setup": [{ label: "start two-factor set-up", url: () => "/api/v1/account/two-factor/setup", body: {}, expect: row(401, 200, 200, 200, 200, 200) }],
  "post /api/v1/account/two-factor/confirm": [
    { label: "confirm two-factor set-up (empty code)", url: () => "/api/v1/account/two-factor/confirm", body: { code: "" }, expect: row(401, 400, 400, 400, 400, 400) },
  ],
  "post /api/v1/account/two-factor/verify": [
    { label: "second sign-in step (empty code)", url: () => "/api/v1/account/two-factor/verify", body: { code: "" }, expect: row(401, 400, 400, 400, 400, 400) },
  ],
  "post /api/v1/invitations/accept": [
    { label: "accept a bogus invitation", url: () => "/api/v1/invitations/accept", body: { token: "bogus-token-bogus-token-00", password: "a brand new passphrase" }, expect: all(409) },
  ],
  // An empty form: a real address would count towards that address's reset throttle on every run (e2e/password-reset.spec.ts asks for real).
  "post /api/v1/password-reset": [{ label: "ask for a reset link (empty form)", url: () => "/api/v1/password-reset", body: {}, expect: all(400) }],
  "post /api/v1/password-reset/complete": [
    { label: "reset with a bogus link", url: () => "/api/v1/password-reset/complete", body: { token: "bogus-token-bogus-token-00", password: "a brand new passphrase" }, expect: all(409) },
  ],
  "post /api/v1/setup-code": [{ label: "set up with a made-up code (empty form)", url: () => "/api/v1/setup-code", body: {}, expect: all(400) }],
  "post /api/v1/patients/{patientId}/setup-code": [
    { label: "set-up code for Maria (already signed up)", url: (ids) => `/api/v1/patients/${ids.maria}/setup-code`, body: {}, expect: row(401, 404, 404, 409, 404, 404) },
  ],
  "get /api/v1/patients": [{ label: "my clinic's patients", url: () => "/api/v1/patients?q=a&sort=onset", expect: row(401, 404, 404, 200, 200, 404) }],
  "post /api/v1/patients": [{ label: "add a patient (empty form)", url: () => "/api/v1/patients", body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "get /api/v1/patients/{patientId}": [
    { label: "Maria's record", url: (ids) => `/api/v1/patients/${ids.maria}`, expect: row(401, 200, 404, 200, 404, 404) },
    { label: "a record that does not exist", url: () => "/api/v1/patients/no-such-patient", expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/access-log": [
    { label: "Maria's access log", url: (ids) => `/api/v1/patients/${ids.maria}/access-log`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/invitation": [
    { label: "new invitation for Maria (already signed up)", url: (ids) => `/api/v1/patients/${ids.maria}/invitation`, body: {}, expect: row(401, 404, 404, 409, 404, 404) },
  ],
  // Reactivating an active account changes nothing (deactivating would end Maria's sessions mid-run).
  "post /api/v1/patients/{patientId}/active": [
    { label: "Maria's account status (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/active`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
    { label: "reactivate Maria (already active)", url: (ids) => `/api/v1/patients/${ids.maria}/active`, body: { active: true }, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "get /api/v1/staff": [{ label: "staff list", url: () => "/api/v1/staff", expect: row(401, 404, 404, 404, 404, 200) }],
  "post /api/v1/staff": [{ label: "invite a clinician (empty form)", url: () => "/api/v1/staff", body: {}, expect: row(401, 404, 404, 404, 404, 400) }],
  "post /api/v1/staff/{userId}/active": [
    { label: "Lee's status (empty form)", url: (ids) => `/api/v1/staff/${ids.lee}/active`, body: {}, expect: row(401, 404, 404, 404, 404, 400) },
    { label: "Kim's status (other clinic)", url: (ids) => `/api/v1/staff/${ids.kim}/active`, body: { active: true }, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  // Never Lee's own: a reset ends that persona's sessions while the other personas' runs use them.
  "post /api/v1/staff/{userId}/two-factor/reset": [
    { label: "reset Kim's two-factor (other clinic)", url: (ids) => `/api/v1/staff/${ids.kim}/two-factor/reset`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
    { label: "reset a made-up staff member's two-factor", url: () => "/api/v1/staff/no-such-user/two-factor/reset", body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/guides": [
    { label: "Maria's guides", url: (ids) => `/api/v1/patients/${ids.maria}/guides`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/guides": [
    { label: "assign Maria a guide", url: (ids) => `/api/v1/patients/${ids.maria}/guides`, body: { guides: ["sciatica"] }, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/guides/{assignmentId}/unassign": [
    { label: "take back a made-up assignment", url: (ids) => `/api/v1/patients/${ids.maria}/guides/no-such-assignment/unassign`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/notes": [
    { label: "Maria's clinic notes", url: (ids) => `/api/v1/patients/${ids.maria}/notes`, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/notes": [
    { label: "add a note on Maria (empty)", url: (ids) => `/api/v1/patients/${ids.maria}/notes`, body: { body: "" }, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "get /api/v1/patients/{patientId}/episodes": [
    { label: "Maria's episodes", url: (ids) => `/api/v1/patients/${ids.maria}/episodes`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  // Empty bodies: the body is checked before access, and a valid one would change Maria's demo episode.
  "post /api/v1/patients/{patientId}/episodes": [
    { label: "start a new episode for Maria (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/episodes`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/patients/{patientId}/episodes/current": [
    { label: "correct Maria's episode (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/episodes/current`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "get /api/v1/patients/{patientId}/plans": [
    { label: "Maria's exercise plans", url: (ids) => `/api/v1/patients/${ids.maria}/plans`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/plans": [
    { label: "new plan for Maria (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/plans`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/patients/{patientId}/plans/{planId}/versions": [
    { label: "change a made-up plan (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/plans/no-such-plan/versions`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/patients/{patientId}/plans/{planId}/end": [
    { label: "end a made-up plan", url: (ids) => `/api/v1/patients/${ids.maria}/plans/no-such-plan/end`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/progressions": [
    { label: "Maria's progression suggestions", url: (ids) => `/api/v1/patients/${ids.maria}/progressions`, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/progressions": [
    { label: "accept a progression (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/progressions`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/bulk/guide-assignments/preview": [
    { label: "bulk guide preview (a patient nobody has)", url: () => "/api/v1/bulk/guide-assignments/preview", body: { patientIds: ["no-such-patient"], guideSlug: "sciatica" }, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/bulk/guide-assignments": [
    { label: "bulk guide assignment (empty form)", url: () => "/api/v1/bulk/guide-assignments", body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "get /api/v1/plan-templates": [{ label: "plan templates", url: () => "/api/v1/plan-templates", expect: row(401, 404, 404, 200, 200, 404) }],
  "post /api/v1/plan-templates": [{ label: "new plan template (empty form)", url: () => "/api/v1/plan-templates", body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "post /api/v1/plan-templates/{templateId}/retire": [
    { label: "retire a made-up template", url: () => "/api/v1/plan-templates/no-such-template/retire", body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/check-ins": [
    { label: "Maria's check-ins", url: (ids) => `/api/v1/patients/${ids.maria}/check-ins?limit=10`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  // Empty bodies: the body is checked before access, and a valid one would add a check-in (and maybe an alert) to Maria's demo data.
  "post /api/v1/patients/{patientId}/check-ins": [
    { label: "Maria's check-in (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/check-ins`, body: {}, expect: row(401, 400, 400, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/check-ins/status": [
    { label: "Maria's check-in status", url: (ids) => `/api/v1/patients/${ids.maria}/check-ins/status`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/medical-history": [
    { label: "Maria's medical history", url: (ids) => `/api/v1/patients/${ids.maria}/medical-history`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  // Maria's demo history is "none of these": writing it again changes nothing, so access itself is probed.
  "put /api/v1/patients/{patientId}/medical-history": [
    { label: "Maria's medical history (none of these)", url: (ids) => `/api/v1/patients/${ids.maria}/medical-history`, body: { none: true }, expect: row(401, 200, 404, 200, 404, 404) },
    { label: "Maria's medical history (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/medical-history`, body: {}, expect: row(401, 400, 400, 400, 400, 404) },
  ],
  "get /api/v1/patients/{patientId}/alerts": [
    { label: "Maria's open red-flag alerts", url: (ids) => `/api/v1/patients/${ids.maria}/alerts`, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/alerts/{alertId}/review": [
    // The body is checked before access: an empty one is refused for any clinician, a valid one finds no such alert.
    { label: "review an alert without an outcome", url: (ids) => `/api/v1/patients/${ids.maria}/alerts/no-such-alert/review`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
    {
      label: "review a made-up alert",
      url: (ids) => `/api/v1/patients/${ids.maria}/alerts/no-such-alert/review`,
      body: { outcome: "CALLED_PATIENT" },
      expect: row(401, 404, 404, 404, 404, 404),
    },
  ],
  // Maria has no plan in the demo data: today's list is empty. Marks are the patient's own; empty bodies, as a valid one would change Maria's demo data.
  "get /api/v1/patients/{patientId}/exercise-log/today": [
    { label: "Maria's exercises today", url: (ids) => `/api/v1/patients/${ids.maria}/exercise-log/today`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/exercise-log": [
    { label: "mark one of Maria's exercises (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/exercise-log`, body: {}, expect: row(401, 400, 400, 404, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/exercise-log/undo": [
    { label: "undo a mark of Maria's (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/exercise-log/undo`, body: {}, expect: row(401, 400, 400, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/exercise-log/adherence": [
    { label: "Maria's weekly exercise adherence", url: (ids) => `/api/v1/patients/${ids.maria}/exercise-log/adherence`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/staff/{userId}/invitation": [
    { label: "new link for Lee (already signed up)", url: (ids) => `/api/v1/staff/${ids.lee}/invitation`, body: {}, expect: row(401, 404, 404, 404, 404, 409) },
    { label: "new link for Kim (other clinic)", url: (ids) => `/api/v1/staff/${ids.kim}/invitation`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/trend": [
    { label: "Maria's pain trend", url: (ids) => `/api/v1/patients/${ids.maria}/trend`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/export": [
    { label: "download Maria's data", url: (ids) => `/api/v1/patients/${ids.maria}/export`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  // Only the patient manages their calendar link. Maria's probe makes one and the next turns it off again.
  "get /api/v1/patients/{patientId}/flare-up-plan": [
    { label: "Maria's flare-up plan", url: (ids) => `/api/v1/patients/${ids.maria}/flare-up-plan`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "put /api/v1/patients/{patientId}/flare-up-plan": [
    // The body is checked before the record: a part too long is 400 for every role that may call it.
    { label: "save Maria's flare-up plan (too long)", url: (ids) => `/api/v1/patients/${ids.maria}/flare-up-plan`, body: { earlySigns: "x".repeat(1001) }, expect: row(401, 400, 400, 400, 400, 404) },
    { label: "save Maria's flare-up plan", url: (ids) => `/api/v1/patients/${ids.maria}/flare-up-plan`, body: { whatHelps: "Short walks and heat." }, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/calendar-feed": [
    { label: "Maria's calendar link status", url: (ids) => `/api/v1/patients/${ids.maria}/calendar-feed`, expect: row(401, 200, 404, 404, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/calendar-feed": [
    { label: "make Maria's calendar link", url: (ids) => `/api/v1/patients/${ids.maria}/calendar-feed`, body: {}, expect: row(401, 200, 404, 404, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/calendar-feed/revoke": [
    { label: "turn Maria's calendar link off", url: (ids) => `/api/v1/patients/${ids.maria}/calendar-feed/revoke`, body: {}, expect: row(401, 200, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/questionnaires": [
    { label: "Maria's questionnaires", url: (ids) => `/api/v1/patients/${ids.maria}/questionnaires`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  // Bad answers: the body is checked against the questionnaire after access, so another clinic's clinician is told 404.
  "post /api/v1/patients/{patientId}/questionnaires": [
    { label: "Maria's PSFS (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/questionnaires`, body: {}, expect: row(401, 400, 400, 400, 400, 404) },
    {
      label: "Maria's PSFS (rating out of range)",
      url: (ids) => `/api/v1/patients/${ids.maria}/questionnaires`,
      body: { instrumentId: "psfs", answers: { activity: [{ name: "Walking", rating: 11 }] }, requestId: "9b2f2b8e-4f7e-4f55-9a53-1f7f0b7e0c11" },
      expect: row(401, 400, 404, 400, 404, 404),
    },
  ],
  "put /api/v1/patients/{patientId}/questionnaires/schedule": [
    { label: "Maria's questionnaire interval (too short)", url: (ids) => `/api/v1/patients/${ids.maria}/questionnaires/schedule`, body: { intervalDays: 1 }, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "get /api/v1/patients/{patientId}/plan-reviews": [
    { label: "Maria's plan reviews", url: (ids) => `/api/v1/patients/${ids.maria}/plan-reviews`, expect: row(401, 404, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/plan-reviews/{taskId}": [
    { label: "decide a review that does not exist", url: (ids) => `/api/v1/patients/${ids.maria}/plan-reviews/no-such-task`, body: { decision: "REFERRAL" }, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/plan-reviews": [{ label: "the clinic's open plan reviews", url: () => "/api/v1/plan-reviews", expect: row(401, 404, 404, 200, 200, 404) }],
  // An empty form: a valid one would discharge Maria's demo episode.
  "post /api/v1/patients/{patientId}/discharge": [
    { label: "discharge Maria (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/discharge`, body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "get /api/v1/patients/{patientId}/discharge": [
    { label: "Maria's discharge summary (none yet)", url: (ids) => `/api/v1/patients/${ids.maria}/discharge`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/seen-again": [
    { label: "Maria asks to be seen again (not discharged)", url: (ids) => `/api/v1/patients/${ids.maria}/seen-again`, body: { requestId: "0f3c2d1e-8b7a-4c6d-9e5f-112233445566" }, expect: row(401, 409, 404, 404, 404, 404) },
  ],
  "get /api/v1/patients/{patientId}/seen-again": [
    { label: "Maria's requests to be seen again", url: (ids) => `/api/v1/patients/${ids.maria}/seen-again`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/seen-again/{requestId}/handled": [
    { label: "handle a request that does not exist", url: (ids) => `/api/v1/patients/${ids.maria}/seen-again/no-such-request/handled`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  // The token in the path is the credential: a session neither helps nor is needed.
  "get /api/v1/calendar/{feed}": [
    { label: "a calendar link that does not exist", url: () => "/api/v1/calendar/not-a-real-calendar-token-0000000000.ics", expect: all(404) },
    { label: "a malformed calendar link", url: () => "/api/v1/calendar/short.ics", expect: all(400) },
  ],
  // Push subscriptions are each person's own: an empty form is refused, removing an endpoint one does not have changes nothing.
  // Messages: Maria's own conversations, the clinic's inbox; made-up ids and empty forms only, so the matrix stores nothing.
  "get /api/v1/conversations": [{ label: "conversations", url: () => "/api/v1/conversations", expect: row(401, 200, 200, 200, 200, 404) }],
  "post /api/v1/conversations": [{ label: "start a conversation (empty form)", url: () => "/api/v1/conversations", body: {}, expect: row(401, 400, 400, 400, 400, 404) }],
  "get /api/v1/conversations/{conversationId}": [{ label: "a conversation nobody has", url: () => "/api/v1/conversations/no-such-conversation", expect: row(401, 404, 404, 404, 404, 404) }],
  "patch /api/v1/conversations/{conversationId}": [
    { label: "close a conversation (empty form)", url: () => "/api/v1/conversations/no-such-conversation", body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/conversations/{conversationId}/messages": [
    { label: "send a message (empty form)", url: () => "/api/v1/conversations/no-such-conversation/messages", body: {}, expect: row(401, 400, 400, 400, 400, 404) },
  ],
  "post /api/v1/conversations/{conversationId}/read": [
    { label: "mark a conversation nobody has read", url: () => "/api/v1/conversations/no-such-conversation/read", body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/messages/unread": [{ label: "unread messages", url: () => "/api/v1/messages/unread", expect: row(401, 200, 200, 200, 200, 404) }],
  "get /api/v1/messages/events": [{ label: "live message events (status only)", url: () => "/api/v1/messages/events", expect: row(401, 200, 200, 200, 200, 404) }],
  "get /api/v1/reply-templates": [{ label: "saved replies", url: () => "/api/v1/reply-templates", expect: row(401, 404, 404, 200, 200, 404) }],
  "post /api/v1/reply-templates": [{ label: "save a reply (empty form)", url: () => "/api/v1/reply-templates", body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "delete /api/v1/reply-templates/{replyTemplateId}": [{ label: "retire a saved reply nobody has", url: () => "/api/v1/reply-templates/no-such-reply", expect: row(401, 404, 404, 404, 404, 404) }],
  // Reminders and the care team.
  "get /api/v1/me/reminders": [{ label: "my reminders", url: () => "/api/v1/me/reminders", expect: row(401, 200, 200, 200, 200, 404) }],
  "put /api/v1/me/reminders": [{ label: "save my reminders (empty form)", url: () => "/api/v1/me/reminders", body: { reminderTime: "not a time" }, expect: row(401, 400, 400, 400, 400, 404) }],
  "get /api/v1/patients/{patientId}/care-team": [{ label: "Maria's care team", url: (ids) => `/api/v1/patients/${ids.maria}/care-team`, expect: row(401, 200, 404, 200, 404, 404) }],
  "put /api/v1/patients/{patientId}/care-team": [{ label: "Maria's care team (empty form)", url: (ids) => `/api/v1/patients/${ids.maria}/care-team`, body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "get /api/v1/unsubscribe/{token}": [{ label: "an unsubscribe link that is not ours", url: () => "/api/v1/unsubscribe/not-a-real-token", expect: all(400) }],
  "post /api/v1/unsubscribe/{token}": [{ label: "one-click unsubscribe, not ours", url: () => "/api/v1/unsubscribe/not-a-real-token", body: {}, expect: all(400) }],
  "post /api/v1/test-hooks/reminder-scan": [{ label: "the reminder scan test hook (empty form)", url: () => "/api/v1/test-hooks/reminder-scan", body: {}, expect: row(401, 404, 404, 404, 404, 400) }],
  // Clinic templates and CSV import: made-up ids and empty forms only.
  "post /api/v1/plan-templates/{templateId}/duplicate": [
    { label: "duplicate a template nobody has (empty form)", url: () => "/api/v1/plan-templates/no-such-template/duplicate", body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/plan-templates/{templateId}/revisions": [
    { label: "revise a template nobody has (empty form)", url: () => "/api/v1/plan-templates/no-such-template/revisions", body: {}, expect: row(401, 404, 404, 400, 400, 404) },
  ],
  "post /api/v1/patients/import/preview": [{ label: "preview an import (empty form)", url: () => "/api/v1/patients/import/preview", body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "post /api/v1/patients/import": [{ label: "import patients (empty form)", url: () => "/api/v1/patients/import", body: {}, expect: row(401, 404, 404, 400, 400, 404) }],
  "get /api/v1/push/public-key": [{ label: "push public key", url: () => "/api/v1/push/public-key", expect: row(401, 200, 200, 200, 200, 200) }],
  "post /api/v1/push/subscriptions": [{ label: "subscribe to push (empty form)", url: () => "/api/v1/push/subscriptions", body: {}, expect: row(401, 400, 400, 400, 400, 400) }],
  "delete /api/v1/push/subscriptions": [
    { label: "unsubscribe a browser I do not have", url: () => "/api/v1/push/subscriptions", body: { endpoint: "https://push.example/not-mine" }, expect: row(401, 200, 200, 200, 200, 200) },
  ],
  // The clinic's records: empty or made-up bodies only, so the matrix never changes the settings or publishes a version the personas would have to accept.
  "get /api/v1/clinic/settings": [{ label: "clinic settings", url: () => "/api/v1/clinic/settings", expect: row(401, 404, 404, 404, 404, 200) }],
  "put /api/v1/clinic/settings": [{ label: "save clinic settings (empty form)", url: () => "/api/v1/clinic/settings", body: {}, expect: row(401, 404, 404, 404, 404, 400) }],
  "get /api/v1/clinic/documents": [{ label: "privacy notice and terms", url: () => "/api/v1/clinic/documents", expect: row(401, 404, 404, 404, 404, 200) }],
  "post /api/v1/clinic/documents": [{ label: "publish a document (empty form)", url: () => "/api/v1/clinic/documents", body: {}, expect: row(401, 404, 404, 404, 404, 400) }],
  "get /api/v1/patients/{patientId}/consent": [
    { label: "Maria's consent", url: (ids) => `/api/v1/patients/${ids.maria}/consent`, expect: row(401, 200, 404, 200, 404, 404) },
  ],
  "post /api/v1/patients/{patientId}/consent": [
    { label: "accept a version that is not current", url: (ids) => `/api/v1/patients/${ids.maria}/consent`, body: { documentVersionIds: ["not-a-current-version"] }, expect: row(401, 409, 404, 404, 404, 404) },
  ],
  "get /api/v1/clinic/retention": [{ label: "retention review", url: () => "/api/v1/clinic/retention", expect: row(401, 404, 404, 404, 404, 200) }],
  "post /api/v1/clinic/retention/{patientId}/confirm": [
    { label: "confirm Maria for deletion (not listed)", url: (ids) => `/api/v1/clinic/retention/${ids.maria}/confirm`, body: {}, expect: row(401, 404, 404, 404, 404, 404) },
  ],
  "get /api/v1/clinic/export": [{ label: "full clinic export", url: () => "/api/v1/clinic/export", expect: row(401, 404, 404, 404, 404, 200) }],
  // The FHIR R4 API (read-only): metadata and the Questionnaire hold no patient data; the rest follows the JSON API's rules.
  "get /api/fhir/r4/metadata": [{ label: "FHIR capability statement", url: () => "/api/fhir/r4/metadata", expect: all(200) }],
  "get /api/fhir/r4/Questionnaire/peg-3": [{ label: "FHIR PEG-3 questionnaire", url: () => "/api/fhir/r4/Questionnaire/peg-3", expect: all(200) }],
  "get /api/fhir/r4/Questionnaire/{id}": [
    { label: "FHIR PSFS questionnaire", url: () => "/api/fhir/r4/Questionnaire/psfs", expect: all(200) },
    { label: "a questionnaire that does not exist (FHIR)", url: () => "/api/fhir/r4/Questionnaire/promis", expect: all(404) },
  ],
  "get /api/fhir/r4/Patient/{id}/$everything": [
    { label: "Maria's whole record (FHIR)", url: (ids) => `/api/fhir/r4/Patient/${ids.maria}/$everything`, expect: row(401, 200, 404, 200, 404, 404) },
    { label: "a record that does not exist (FHIR)", url: () => "/api/fhir/r4/Patient/no-such-patient/$everything", expect: row(401, 404, 404, 404, 404, 404) },
  ],
  // Parameters are checked after the role and before the patient: a bad one is 400 for anyone who may search at all.
  "get /api/fhir/r4/Observation": [
    {
      label: "Maria's pain scores since 2026 (FHIR)",
      url: (ids) => `/api/fhir/r4/Observation?patient=${ids.maria}&code=${encodeURIComponent("http://loinc.org|72514-3")}&date=ge2026-01-01`,
      expect: row(401, 200, 404, 200, 404, 404),
    },
    { label: "an unsupported search parameter (FHIR)", url: (ids) => `/api/fhir/r4/Observation?patient=${ids.maria}&_count=5`, expect: row(401, 400, 400, 400, 400, 404) },
  ],
};

type Ids = { maria: string; lee: string; kim: string };

/** A live stream never ends: read its status with the persona's cookies, then hang up. */
async function streamStatus(request: APIRequestContext, url: string, baseURL: string): Promise<number> {
  const cookie = (await request.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const controller = new AbortController();
  const response = await fetch(new URL(url, baseURL), { headers: { cookie }, redirect: "manual", signal: controller.signal });
  controller.abort();
  return response.status;
}

async function outcomeOf(request: APIRequestContext, method: "get" | "post" | "put" | "patch" | "delete", url: string, body: unknown, baseURL: string): Promise<TOutcome> {
  if (url.endsWith("/api/v1/messages/events")) return streamStatus(request, url, baseURL);
  const response = method === "get" ? await request.get(url, { maxRedirects: 0 }) : await request[method](url, { data: body, maxRedirects: 0 });
  if (response.status() >= 300 && response.status() < 400) {
    const location = new URL(response.headers()["location"] ?? "", baseURL);
    return location.pathname === "/sign-in" ? "sign-in" : "home";
  }
  return response.status();
}

test.describe("authorization matrix", () => {
  test.skip(({ isMobile }) => isMobile, "the matrix is about answers, not layout: desktop only");

  test("has a row for every page and every API endpoint", () => {
    expect(Object.keys(PAGES).sort()).toEqual(pagesOnDisk().sort());
    expect(Object.keys(API).sort()).toEqual([...ENDPOINTS, ...FHIR_ENDPOINTS].map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort());
  });

  for (const persona of MATRIX_PERSONAS) {
    test(`answers ${persona} as expected everywhere`, async ({ baseURL }) => {
      const base = baseURL!;
      const admin = await contextFor("admin", base);
      const maria = await contextFor("patientA", base);
      const staff = (await (await admin.get("/api/v1/staff")).json()).staff as { id: string; email: string }[];
      const kim = await contextFor("clinician2", base);
      const ids: Ids = {
        maria: (await (await maria.get("/api/v1/me")).json()).id,
        lee: staff.find((member) => member.email === "lee@riverside.example")!.id,
        kim: (await (await kim.get("/api/v1/me")).json()).id,
      };
      const request = await contextFor(persona, base);
      const seen: Record<string, TOutcome> = {};
      const wanted: Record<string, TOutcome> = {};
      for (const [page, probe] of Object.entries(PAGES)) {
        seen[`page ${page}`] = await outcomeOf(request, "get", probe.url({ patientId: ids.maria }), undefined, base);
        wanted[`page ${page}`] = probe.expect[persona];
      }
      for (const [endpoint, probes] of Object.entries(API)) {
        const method = endpoint.startsWith("post") ? "post" : endpoint.startsWith("put") ? "put" : endpoint.startsWith("patch") ? "patch" : endpoint.startsWith("delete") ? "delete" : "get";
        for (const probe of probes) {
          seen[`${endpoint} (${probe.label})`] = await outcomeOf(request, method, probe.url(ids), probe.body, base);
          wanted[`${endpoint} (${probe.label})`] = probe.expect[persona];
        }
      }
      expect(seen).toEqual(wanted);
    });
  }
});
