import { meEndpoint } from "@/lib/auth/account-endpoints";
import { ROLE_HOME } from "@/lib/auth/viewer-types";
import { handleEndpoint } from "@/lib/api/endpoint";

export const GET = handleEndpoint(meEndpoint, async ({ viewer }) => ({
  id: viewer.userId,
  name: viewer.name,
  email: viewer.email,
  role: viewer.role,
  home: ROLE_HOME[viewer.role],
}));
