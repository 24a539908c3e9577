import type { ExtractResource, Reference, ResourceType } from "@medplum/fhirtypes";
import { getEnv } from "../config/env";

export const FHIR_PATH = "/api/fhir/r4";

/**
 * Where the FHIR API and the portal live, for absolute links. Every entry's
 * fullUrl is `<base>/<type>/<id>` and every reference uses that same full URL,
 * so a reference resolves to an entry of the bundle by plain string match.
 */
export interface TFhirLinks {
  /** e.g. https://clinic.example/api/fhir/r4 */
  base: string;
  /** The portal's origin, for links to its pages (guides). */
  appOrigin: string;
}

/** The portal's public address (NEXTAUTH_URL, as for invitation links), else the address the request came to. */
export function fhirLinksFor(request: Request): TFhirLinks {
  const configured = getEnv().NEXTAUTH_URL;
  const appOrigin = configured ? new URL(configured).origin : new URL(request.url).origin;
  return { base: `${appOrigin}${FHIR_PATH}`, appOrigin };
}

export function fullUrl(links: TFhirLinks, type: ResourceType, id: string): string {
  return `${links.base}/${type}/${id}`;
}

export function referenceTo<K extends ResourceType>(links: TFhirLinks, type: K, id: string, display?: string): Reference<ExtractResource<K>> {
  return { reference: fullUrl(links, type, id), ...(display ? { display } : {}) };
}

/** The canonical URL of the PEG-3 Questionnaire this app serves. */
export function pegQuestionnaireUrl(links: TFhirLinks): string {
  return `${links.base}/Questionnaire/peg-3`;
}
