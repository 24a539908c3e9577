import { handlePublicEndpoint } from "@/lib/api/endpoint";
import { openApiEndpoint } from "@/lib/openapi/endpoints";
import { buildOpenApiDocument } from "@/lib/openapi/openapi-document";

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = handlePublicEndpoint(openApiEndpoint, async () => Response.json((document ??= buildOpenApiDocument())));
