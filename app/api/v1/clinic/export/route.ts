import { handleEndpoint } from "@/lib/api/endpoint";
import { buildClinicExport, zipClinicExport } from "@/lib/clinic-records/build-clinic-export";
import { clinicExportEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { getDb } from "@/lib/db/client";
import { fhirLinksFor } from "@/lib/fhir/fhir-links";

export const GET = handleEndpoint(clinicExportEndpoint, async ({ viewer, request }) => {
  const clinicExport = await buildClinicExport(getDb(), viewer, fhirLinksFor(request));
  return new Response(Buffer.from(zipClinicExport(clinicExport)), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${clinicExport.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
