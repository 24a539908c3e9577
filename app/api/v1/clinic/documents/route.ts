import { handleEndpoint } from "@/lib/api/endpoint";
import { listClinicDocuments, publishClinicDocument } from "@/lib/clinic-records/clinic-documents";
import { listClinicDocumentsEndpoint, publishClinicDocumentEndpoint } from "@/lib/clinic-records/clinic-records-endpoints";
import { getDb } from "@/lib/db/client";

export const GET = handleEndpoint(listClinicDocumentsEndpoint, async ({ viewer }) => ({ documents: await listClinicDocuments(getDb(), viewer) }));
export const POST = handleEndpoint(publishClinicDocumentEndpoint, async ({ viewer, body }) => publishClinicDocument(getDb(), viewer, body));
