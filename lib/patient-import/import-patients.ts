import { requireRole } from "../auth/access";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { isUniqueViolation } from "../db/is-unique-violation";
import { InvalidInputError } from "../errors/domain-errors";
import { parseDomainInput } from "../errors/parse-input";
import { issueAndEmailInvitation } from "../invitations/issue-and-email-invitation";
import { storeNewPatient } from "../patients/create-patient";
import type { TCreatePatient } from "../patients/patient-input";
import { checkImportRows, type TImportProblem } from "./check-import-rows";
import { ZPatientImport, ZPatientImportPreview, type TImportRow, type TPatientImportInput, type TPatientImportPreviewInput } from "./patient-import-input";

export type TImportPreview = { rows: { row: number; name: string; email: string; problems: TImportProblem[] }[]; ready: number; problemCount: number };
export type TImportResult = { created: number; patients: { patientId: string; name: string; email: string }[] };

// 500 patients, each a few inserts and an episode summary: well past the default 5 s.
const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

/** Every row's problems, by line and column; nothing is stored or audited (no patient's record is read). */
export async function previewPatientImport(db: TDatabase, viewer: TViewer, input: TPatientImportPreviewInput): Promise<TImportPreview> {
  requireRole(viewer, "CLINICIAN");
  const { rows } = parseDomainInput(ZPatientImportPreview, input);
  const checked = await checkRows(db, viewer, rows);
  return {
    rows: checked.map(({ row, name, email, problems }) => ({ row, name, email, problems })),
    ready: checked.filter((row) => row.problems.length === 0).length,
    problemCount: checked.reduce((sum, row) => sum + row.problems.length, 0),
  };
}

/**
 * Adds every patient of the file or none: one transaction, each patient made
 * as "Add a patient" makes one (storeNewPatient: account-collision rule, care
 * team, audit). Invitations are emailed after commit, so none goes out for a
 * rolled-back import. A retry with the same request key answers with the
 * first import's patients and creates nobody twice.
 */
export async function importPatients(db: TDatabase, viewer: TViewer, input: TPatientImportInput, options: { origin: string }): Promise<TImportResult> {
  requireRole(viewer, "CLINICIAN");
  const request = parseDomainInput(ZPatientImport, input);
  const saved = await replay(db, viewer, request.requestId);
  if (saved) return saved;
  const checked = await checkRows(db, viewer, request.rows);
  const problems = checked.flatMap((row) => row.problems);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((problem) => `Row ${problem.row}, ${problem.column}: ${problem.message}`);
    if (problems.length > shown.length) shown.push(`And ${problems.length - shown.length} more: preview the file to see them all.`);
    throw new InvalidInputError({ rows: shown });
  }
  let patientIds: string[];
  try {
    patientIds = await db.$transaction(async (tx) => {
      const ids: string[] = [];
      for (const row of checked) ids.push(await storeNewPatient(tx, viewer, row.patient as TCreatePatient));
      await tx.patientImport.create({ data: { requestId: request.requestId, clinicId: viewer.clinicId, createdById: viewer.userId, patientIds: ids } });
      return ids;
    }, TRANSACTION);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request key committed meanwhile (a double submit), or an address taken by a concurrent add: all or nothing either way.
    const first = await replay(db, viewer, request.requestId);
    if (first) return first;
    throw new InvalidInputError({ rows: ["Someone added one of these patients meanwhile. Preview the file again."] }, 409);
  }
  for (const userId of patientIds) await issueAndEmailInvitation(db, { userId, createdById: viewer.userId, origin: options.origin });
  return importResult(db, patientIds);
}

async function checkRows(db: Prisma.TransactionClient, viewer: TViewer, rows: readonly TImportRow[]) {
  const checked = checkImportRows(rows);
  const emails = [...new Set(checked.map((row) => row.email).filter(Boolean))];
  // A patient of the clinician's own clinic is theirs to see, so it is named (as on the form); any other account is not (account-collision.ts).
  const taken = await db.user.findMany({
    where: { clinicId: viewer.clinicId, role: "PATIENT", OR: [{ email: { in: emails } }, { invitedEmail: { in: emails } }] },
    select: { email: true, invitedEmail: true },
  });
  const takenEmails = new Set(taken.flatMap((user) => [user.email, user.invitedEmail]));
  for (const row of checked) {
    if (row.email && takenEmails.has(row.email) && !row.problems.some((problem) => problem.column === "email")) {
      row.problems.push({ row: row.row, column: "email", message: "A patient of your clinic already uses this email." });
      row.patient = null;
    }
  }
  return checked;
}

async function replay(db: TDatabase, viewer: TViewer, requestId: string): Promise<TImportResult | null> {
  const row = await db.patientImport.findUnique({ where: { requestId } });
  if (!row) return null;
  if (row.clinicId !== viewer.clinicId || row.createdById !== viewer.userId) throw new InvalidInputError({ requestId: ["This request key was already used."] }, 409);
  return importResult(db, row.patientIds);
}

async function importResult(db: TDatabase, patientIds: readonly string[]): Promise<TImportResult> {
  const users = await db.user.findMany({ where: { id: { in: [...patientIds] } }, select: { id: true, name: true, email: true, invitedEmail: true } });
  const byId = new Map(users.map((user) => [user.id, user]));
  const patients = patientIds.flatMap((id) => {
    const user = byId.get(id);
    return user ? [{ patientId: id, name: user.name, email: user.invitedEmail ?? user.email }] : [];
  });
  return { created: patientIds.length, patients };
}
