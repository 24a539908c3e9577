import { randomUUID } from "node:crypto";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { fullUrl, type TFhirLinks } from "./fhir-links";

/**
 * A searchset Bundle: the resources that matched, then the ones included so
 * that references resolve (e.g. the Questionnaire a response answers).
 * `total` counts the matches, as FHIR defines it. One page: no paging.
 */
export function searchsetBundle(links: TFhirLinks, input: { self: string; matches: Resource[]; includes?: Resource[]; now: Date }): Bundle {
  const entry = (mode: "match" | "include") => (resource: Resource) => ({
    fullUrl: fullUrl(links, resource.resourceType, idOf(resource)),
    resource,
    search: { mode },
  });
  return {
    resourceType: "Bundle",
    id: randomUUID(),
    meta: { lastUpdated: input.now.toISOString() },
    type: "searchset",
    timestamp: input.now.toISOString(),
    total: input.matches.length,
    link: [{ relation: "self", url: input.self }],
    entry: [...input.matches.map(entry("match")), ...(input.includes ?? []).map(entry("include"))],
  };
}

function idOf(resource: Resource): string {
  if (!resource.id) throw new Error(`A ${resource.resourceType} was built without an id`);
  return resource.id;
}
