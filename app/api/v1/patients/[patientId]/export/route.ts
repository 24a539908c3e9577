import { handleEndpoint } from "@/lib/api/endpoint";
import { getDb } from "@/lib/db/client";
import { buildPatientDataExport, zipExport } from "@/lib/exports/build-data-export";
import { dataExportEndpoint } from "@/lib/exports/data-export-endpoints";
import { fhirLinksFor } from "@/lib/fhir/fhir-links";

export const GET = handleEndpoint(dataExportEndpoint, async ({ viewer, params, request }) => {
  const dataExport = await buildPatientDataExport(getDb(), viewer, params.patientId, fhirLinksFor(request));
  return new Response(Buffer.from(zipExport(dataExport)), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${dataExport.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
