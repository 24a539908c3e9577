import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { openApiEndpoint } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = handlePublicEndpoint(openApiEndpoint, async () => Response.json((document ??= buildOpenApiDocument())));
