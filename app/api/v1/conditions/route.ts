import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { CONDITIONS } from "@/lib/conditions/conditions";
import { listConditionsEndpoint } from "@/lib/conditions/conditions-endpoint";

export const GET = handlePublicEndpoint(listConditionsEndpoint, async () => ({ conditions: CONDITIONS }));
