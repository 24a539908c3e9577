import { ZCreatePatient, type TCreatePatient } from "../patients/patient-input";
import { conditionFromCell, type TImportColumn, type TImportRow } from "./patient-import-input";

/** One problem of the file: `row` is the line in the file (the header is line 1), `column` its header name. */
export type TImportProblem = { row: number; column: TImportColumn; message: string };

export type TCheckedImportRow = { row: number; name: string; email: string; patient: TCreatePatient | null; problems: TImportProblem[] };

const COLUMN_OF_FIELD: Record<keyof TCreatePatient, TImportColumn> = {
  name: "name",
  email: "email",
  dateOfBirth: "date_of_birth",
  onsetDate: "onset",
  primaryCondition: "condition",
  timeZone: "time_zone",
};

/** The file's line for the rows' index: the header is line 1. */
export const lineOfRow = (index: number) => index + 2;

const blankToUndefined = (cell: string | undefined) => (cell?.trim() ? cell.trim() : undefined);

/**
 * Checks every row with the single-patient schema (the same messages as the
 * "Add a patient" form), reading the condition by its code or plain name, and
 * names an email used twice in the file on each later row. A blank time zone
 * means UTC, as on the form.
 */
export function checkImportRows(rows: readonly TImportRow[]): TCheckedImportRow[] {
  const firstLineOfEmail = new Map<string, number>();
  return rows.map((raw, index) => {
    const row = lineOfRow(index);
    const problems: TImportProblem[] = [];
    const conditionCell = blankToUndefined(raw.condition);
    const condition = conditionCell === undefined ? undefined : conditionFromCell(conditionCell);
    const parsed = ZCreatePatient.safeParse({
      name: raw.name ?? "",
      email: raw.email?.trim() ?? "",
      dateOfBirth: raw.date_of_birth?.trim() ?? "",
      onsetDate: raw.onset?.trim() ?? "",
      primaryCondition: condition ?? undefined,
      timeZone: blankToUndefined(raw.time_zone),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[issue.path[0] as keyof TCreatePatient] ?? "name";
        if (column === "condition" && condition === null) continue;
        if (!problems.some((problem) => problem.column === column)) problems.push({ row, column, message: issue.message });
      }
    }
    if (condition === null) problems.push({ row, column: "condition", message: `Unknown condition “${conditionCell}”: use a code such as SCIATICA or its name, such as Spinal stenosis.` });
    const email = parsed.success ? parsed.data.email : (raw.email ?? "").trim().toLowerCase();
    if (email) {
      const first = firstLineOfEmail.get(email);
      if (first !== undefined) problems.push({ row, column: "email", message: `This email is also on row ${first} of the file.` });
      else firstLineOfEmail.set(email, row);
    }
    problems.sort((a, b) => COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column));
    return { row, name: (raw.name ?? "").trim(), email, patient: parsed.success && condition !== null ? parsed.data : null, problems };
  });
}

const COLUMN_ORDER: TImportColumn[] = ["name", "email", "date_of_birth", "onset", "condition", "time_zone"];
