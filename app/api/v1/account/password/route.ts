import { changePasswordEndpoint } from "@/lib/auth/account-endpoints";
import { changePassword } from "@/lib/auth/change-password";
import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";

export const POST = handleEndpoint(changePasswordEndpoint, async ({ viewer, body }) => {
  await changePassword(getDb(), viewer, body);
  return { changed: true as const };
});
