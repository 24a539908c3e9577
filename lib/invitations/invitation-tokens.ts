import { getEnv } from "../config/env";
import { publicUrl } from "../security/secret-token";

export { newSecretToken as newInvitationToken, hashSecretToken as hashInvitationToken } from "../security/secret-token";

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + getEnv().INVITATION_TTL_HOURS * 3_600_000);
}

export function invitationUrl(token: string, requestOrigin: string): string {
  return publicUrl(`/invite/${token}`, requestOrigin);
}
