import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { issueSetupCode } from "@/lib/setup-codes/issue-setup-code";
import { issueSetupCodeEndpoint } from "@/lib/setup-codes/setup-code-endpoints";

export const POST = handleEndpoint(issueSetupCodeEndpoint, async ({ viewer, params }) => {
  const sheet = await issueSetupCode(getDb(), viewer, params.patientId);
  return { code: sheet.code, signInEmail: sheet.signInEmail, expiresAt: sheet.expiresAt.toISOString() };
});
