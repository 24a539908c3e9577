import { ApiError } from "@/lib/api/api-error";

// Unknown API paths answer in the API's own error shape, not with the HTML 404 page.
function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return new ApiError(404, "not_found", `No endpoint ${request.method} ${pathname}. The API is described at /api/v1/openapi.json.`).toResponse();
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
