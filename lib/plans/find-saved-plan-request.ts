import type { Prisma } from "../db/generated/client";
import { InvalidInputError } from "../errors/domain-errors";

/**
 * The version an earlier save with this client key stored, if any, so a
 * retried save can answer with it instead of storing anything again. A key
 * that was used for something else (another patient, another plan, a create
 * where this is a revision) is refused with 409 and nothing about what it was
 * used for.
 */
export async function findSavedPlanRequest(
  db: Prisma.TransactionClient,
  requestId: string,
  expected: { patientId: string; planId?: string; kind: "create" | "revise" },
): Promise<{ planId: string; versionId: string } | null> {
  const saved = await db.exercisePlanVersion.findUnique({
    where: { clientRequestId: requestId },
    select: { id: true, number: true, planId: true, plan: { select: { patientId: true } } },
  });
  if (!saved) return null;
  const sameKind = expected.kind === "create" ? saved.number === 1 : saved.number > 1;
  if (saved.plan.patientId !== expected.patientId || (expected.planId && saved.planId !== expected.planId) || !sameKind) {
    throw new InvalidInputError({ requestId: ["This save was already used for something else. Reload the page and try again."] }, 409);
  }
  return { planId: saved.planId, versionId: saved.id };
}
