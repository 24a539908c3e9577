import { assignGuidesEndpoint, listPatientGuidesEndpoint, unassignGuideEndpoint } from "../assignments/guide-assignment-endpoints";
import { changePasswordEndpoint, meEndpoint } from "../auth/account-endpoints";
import { addClinicianNoteEndpoint, listClinicianNotesEndpoint } from "../notes/clinician-note-endpoints";
import { correctCurrentEpisodeEndpoint, listEpisodesEndpoint, startEpisodeEndpoint } from "../episodes/episode-endpoints";
import { listConditionsEndpoint } from "../conditions/conditions-endpoint";
import { acceptInvitationEndpoint } from "../invitations/invitation-endpoints";
import {
  createPatientEndpoint,
  getPatientEndpoint,
  listPatientsEndpoint,
  patientAccessLogEndpoint,
  reissueInvitationEndpoint,
  setPatientActiveEndpoint,
} from "../patients/patient-endpoints";
import {
  inviteClinicianEndpoint,
  listStaffEndpoint,
  reissueStaffInvitationEndpoint,
  resetStaffTwoFactorEndpoint,
  setStaffActiveEndpoint,
} from "../staff/staff-endpoints";
import { confirmTwoFactorSetupEndpoint, startTwoFactorSetupEndpoint, verifyTwoFactorEndpoint } from "../auth/two-factor-endpoints";
import { healthEndpoint } from "../health/health-endpoint";
import { readinessEndpoint } from "../health/readiness-endpoint";
import { applyProgressionEndpoint, listProgressionSuggestionsEndpoint } from "../progression/progression-endpoints";
import { bulkAssignEndpoint, previewBulkAssignEndpoint } from "../bulk-assign/bulk-assign-endpoints";
import { importPatientsEndpoint, previewPatientImportEndpoint } from "../patient-import/patient-import-endpoints";
import {
  createPlanTemplateEndpoint,
  duplicatePlanTemplateEndpoint,
  listPlanTemplatesEndpoint,
  retirePlanTemplateEndpoint,
  revisePlanTemplateEndpoint,
} from "../plan-templates/plan-template-endpoints";
import { createPlanEndpoint, endPlanEndpoint, getPatientPlansEndpoint, revisePlanEndpoint } from "../plans/plan-endpoints";
import { checkInStatusEndpoint, listCheckInsEndpoint, saveCheckInEndpoint } from "../checkins/check-in-endpoints";
import { listOpenAlertsEndpoint, reviewAlertEndpoint } from "../red-flags/alert-endpoints";
import { getMedicalHistoryEndpoint, saveMedicalHistoryEndpoint } from "../red-flags/medical-history-endpoints";
import {
  getTodayExercisesEndpoint,
  getWeeklyAdherenceEndpoint,
  saveExerciseLogEndpoint,
  undoExerciseLogEndpoint,
} from "../exercise-log/exercise-log-endpoints";
import {
  calendarFeedEndpoint,
  calendarFeedStatusEndpoint,
  createCalendarFeedEndpoint,
  revokeCalendarFeedEndpoint,
} from "../calendar/calendar-feed-endpoints";
import { dataExportEndpoint } from "../exports/data-export-endpoints";
import { episodeTrendEndpoint } from "../episodes/trend-endpoints";
import { getFlareUpPlanEndpoint, saveFlareUpPlanEndpoint } from "../flare-up-plans/flare-up-plan-endpoints";
import {
  addReplyTemplateEndpoint,
  getConversationEndpoint,
  listConversationsEndpoint,
  listReplyTemplatesEndpoint,
  markConversationReadEndpoint,
  messageEventsEndpoint,
  retireReplyTemplateEndpoint,
  sendMessageEndpoint,
  startConversationEndpoint,
  unreadMessagesEndpoint,
  updateConversationEndpoint,
} from "../messages/message-endpoints";
import { pushPublicKeyEndpoint, subscribePushEndpoint, unsubscribePushEndpoint } from "../push/push-endpoints";
import { getCareTeamEndpoint, setCareTeamEndpoint } from "../care-team/care-team-endpoints";
import { unsubscribeEndpoint, unsubscribeLinkEndpoint } from "../notifications/unsubscribe-endpoints";
import { getReminderSettingsEndpoint, reminderScanHookEndpoint, saveReminderSettingsEndpoint } from "../reminders/reminder-settings-endpoints";
import {
  decidePlanReviewEndpoint,
  getQuestionnairesEndpoint,
  listOpenPlanReviewsEndpoint,
  listPlanReviewsEndpoint,
  saveQuestionnaireEndpoint,
  setQuestionnaireScheduleEndpoint,
} from "../questionnaires/questionnaire-endpoints";
import { dischargeEndpoint, getDischargeSummaryEndpoint, handleSeenAgainEndpoint, listSeenAgainEndpoint, requestSeenAgainEndpoint } from "../discharge/discharge-endpoints";
import { defineEndpoint, type TEndpointContract } from "../api/endpoint-contract";
import { completePasswordResetEndpoint, requestPasswordResetEndpoint } from "../password-reset/password-reset-endpoints";
import { issueSetupCodeEndpoint, redeemSetupCodeEndpoint } from "../setup-codes/setup-code-endpoints";
import {
  acceptConsentEndpoint,
  clinicExportEndpoint,
  confirmRetentionEndpoint,
  getClinicSettingsEndpoint,
  getConsentEndpoint,
  getRetentionReviewEndpoint,
  listClinicDocumentsEndpoint,
  publishClinicDocumentEndpoint,
  updateClinicSettingsEndpoint,
} from "../clinic-records/clinic-records-endpoints";
import { z } from "zod";

export const openApiEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/openapi.json",
  summary: "This OpenAPI 3.1 document",
  tag: "Operations",
  roles: ["public"],
  response: z.looseObject({ openapi: z.string() }),
});

/**
 * Every JSON endpoint the app serves. A test compares this list with the
 * route files under app/api/, so a route cannot be added without it.
 */
export const ENDPOINTS: readonly TEndpointContract[] = [
  healthEndpoint,
  openApiEndpoint,
  listConditionsEndpoint,
  meEndpoint,
  changePasswordEndpoint,
  startTwoFactorSetupEndpoint,
  confirmTwoFactorSetupEndpoint,
  verifyTwoFactorEndpoint,
  acceptInvitationEndpoint,
  listPatientsEndpoint,
  createPatientEndpoint,
  getPatientEndpoint,
  patientAccessLogEndpoint,
  reissueInvitationEndpoint,
  setPatientActiveEndpoint,
  listStaffEndpoint,
  inviteClinicianEndpoint,
  setStaffActiveEndpoint,
  reissueStaffInvitationEndpoint,
  resetStaffTwoFactorEndpoint,
  listPatientGuidesEndpoint,
  assignGuidesEndpoint,
  unassignGuideEndpoint,
  listClinicianNotesEndpoint,
  addClinicianNoteEndpoint,
  listEpisodesEndpoint,
  startEpisodeEndpoint,
  correctCurrentEpisodeEndpoint,
  getPatientPlansEndpoint,
  createPlanEndpoint,
  revisePlanEndpoint,
  endPlanEndpoint,
  listPlanTemplatesEndpoint,
  createPlanTemplateEndpoint,
  retirePlanTemplateEndpoint,
  duplicatePlanTemplateEndpoint,
  revisePlanTemplateEndpoint,
  getTodayExercisesEndpoint,
  saveExerciseLogEndpoint,
  undoExerciseLogEndpoint,
  getWeeklyAdherenceEndpoint,
  listCheckInsEndpoint,
  saveCheckInEndpoint,
  checkInStatusEndpoint,
  listOpenAlertsEndpoint,
  reviewAlertEndpoint,
  getMedicalHistoryEndpoint,
  saveMedicalHistoryEndpoint,
  calendarFeedStatusEndpoint,
  createCalendarFeedEndpoint,
  revokeCalendarFeedEndpoint,
  calendarFeedEndpoint,
  dataExportEndpoint,
  episodeTrendEndpoint,
  getFlareUpPlanEndpoint,
  saveFlareUpPlanEndpoint,
  listConversationsEndpoint,
  startConversationEndpoint,
  getConversationEndpoint,
  updateConversationEndpoint,
  sendMessageEndpoint,
  markConversationReadEndpoint,
  unreadMessagesEndpoint,
  messageEventsEndpoint,
  listReplyTemplatesEndpoint,
  addReplyTemplateEndpoint,
  retireReplyTemplateEndpoint,
  pushPublicKeyEndpoint,
  subscribePushEndpoint,
  unsubscribePushEndpoint,
  readinessEndpoint,
  requestPasswordResetEndpoint,
  completePasswordResetEndpoint,
  issueSetupCodeEndpoint,
  redeemSetupCodeEndpoint,
  getClinicSettingsEndpoint,
  updateClinicSettingsEndpoint,
  listClinicDocumentsEndpoint,
  publishClinicDocumentEndpoint,
  getConsentEndpoint,
  acceptConsentEndpoint,
  getRetentionReviewEndpoint,
  confirmRetentionEndpoint,
  clinicExportEndpoint,
  getCareTeamEndpoint,
  setCareTeamEndpoint,
  getReminderSettingsEndpoint,
  saveReminderSettingsEndpoint,
  unsubscribeEndpoint,
  unsubscribeLinkEndpoint,
  reminderScanHookEndpoint,
  getQuestionnairesEndpoint,
  saveQuestionnaireEndpoint,
  setQuestionnaireScheduleEndpoint,
  listPlanReviewsEndpoint,
  decidePlanReviewEndpoint,
  listOpenPlanReviewsEndpoint,
  dischargeEndpoint,
  getDischargeSummaryEndpoint,
  requestSeenAgainEndpoint,
  listSeenAgainEndpoint,
  handleSeenAgainEndpoint,
  listProgressionSuggestionsEndpoint,
  applyProgressionEndpoint,
  previewBulkAssignEndpoint,
  bulkAssignEndpoint,
  previewPatientImportEndpoint,
  importPatientsEndpoint,
];
