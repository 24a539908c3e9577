import { z } from "zod";
import { CONDITION_LABELS } from "../conditions/conditions";
import { Condition } from "../db/generated/enums";

/** The most rows one import may hold: a clinic moving its list over does it in a few files, each checked in one preview. */
export const MAX_IMPORT_ROWS = 500;

/** 500 rows of ordinary length (about 150 bytes each as JSON) pass the default 64 KiB; 1 MiB leaves room for long names and addresses. */
export const IMPORT_BODY_BYTES = 1024 * 1024;

/** The CSV's columns, as its header row names them (the API takes rows keyed the same way, so problems name the file's own column). */
export const IMPORT_COLUMNS = ["name", "email", "date_of_birth", "onset", "condition", "time_zone"] as const;
export type TImportColumn = (typeof IMPORT_COLUMNS)[number];

const ZCell = z.string().max(500, "Keep each cell under 500 characters.").optional();

/** One CSV row as text, before checking: every cell a string (blank cells may be left out). */
export const ZImportRow = z.object(Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, ZCell])) as Record<TImportColumn, typeof ZCell>);

const ZImportRows = z
  .array(ZImportRow, { error: "Choose a CSV file with a header row." })
  .min(1, "The file has no patients under its header row.")
  .max(MAX_IMPORT_ROWS, `Import at most ${MAX_IMPORT_ROWS} patients at a time: split the file.`);

/** Every row's problems; nothing is stored. */
export const ZPatientImportPreview = z.object({ rows: ZImportRows });

/** All rows or none. */
export const ZPatientImport = ZPatientImportPreview.extend({
  /** The client's key for this import (a UUID): a retried request answers with the first one's patients and creates nobody twice. */
  requestId: z.uuid("The request key must be a UUID."),
});

export type TImportRow = z.infer<typeof ZImportRow>;
export type TPatientImportPreviewInput = z.infer<typeof ZPatientImportPreview>;
export type TPatientImportInput = z.infer<typeof ZPatientImport>;

const normalized = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, " ");
const CONDITION_BY_TEXT = new Map<string, Condition>(
  Object.values(Condition).flatMap((code) => [
    [normalized(code), code],
    [normalized(CONDITION_LABELS[code]), code],
  ]),
);

/** A condition cell as its code (`SCIATICA`, `low_back_pain`) or its plain name (`Spinal stenosis`), any case; null when it is neither. */
export function conditionFromCell(cell: string): Condition | null {
  return CONDITION_BY_TEXT.get(normalized(cell)) ?? null;
}
