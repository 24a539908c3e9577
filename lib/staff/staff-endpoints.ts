import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZRecordId } from "../api/path-params";
import { ZInvitationSent } from "../invitations/invitation-endpoints";
import { INVITATION_STATUSES } from "../invitations/invitation-status";
import { ZInviteClinician } from "./staff-input";

const ZStaffMember = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["ADMIN", "CLINICIAN"]),
  active: z.boolean(),
  hasSignedUp: z.boolean(),
  invitation: z.enum(INVITATION_STATUSES).nullable().describe("The latest invitation's status; null when never invited."),
});

export const listStaffEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/staff",
  summary: "The staff of my clinic",
  tag: "Staff",
  roles: ["ADMIN"],
  response: z.object({ staff: z.array(ZStaffMember) }),
});

export const inviteClinicianEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/staff",
  summary: "Invite a clinician to my clinic: the link is emailed to them (never returned) and every admin is told",
  tag: "Staff",
  roles: ["ADMIN"],
  body: ZInviteClinician,
  response: ZInvitationSent.extend({ userId: z.string() }),
  otherResponses: { 409: "Someone on the clinic's staff already uses this email." },
});

export const setStaffActiveEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/staff/{userId}/active",
  summary: "Deactivate (ends their sessions at once) or reactivate a staff member",
  tag: "Staff",
  roles: ["ADMIN"],
  params: z.object({ userId: ZRecordId }),
  body: z.object({ active: z.boolean() }),
  response: ZStaffMember,
  otherResponses: { 409: "You cannot deactivate yourself." },
});

export const reissueStaffInvitationEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/staff/{userId}/invitation",
  summary: "Email a new invitation link to a staff member who has not set a password yet (earlier links stop working)",
  tag: "Staff",
  roles: ["ADMIN"],
  params: z.object({ userId: ZRecordId }),
  response: ZInvitationSent,
  otherResponses: { 409: "The person has already set a password, or is deactivated." },
});

export const resetStaffTwoFactorEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/staff/{userId}/two-factor/reset",
  summary: "Turn off a staff member's two-factor sign-in (lost phone): their sessions end and they set it up again at their next sign-in",
  tag: "Staff",
  roles: ["ADMIN"],
  params: z.object({ userId: ZRecordId }),
  response: z.object({ reset: z.literal(true) }),
});
