import { z } from "zod";
import { ClinicDocumentKind } from "../db/generated/enums";

export const DOCUMENT_BODY_MAX = 20_000;

/** A new version of the privacy notice or the terms, as the admin writes it (plain text; blank lines separate paragraphs). */
export const ZClinicDocumentInput = z.object({
  kind: z.enum(ClinicDocumentKind, { error: "Choose the privacy notice or the terms." }),
  title: z.string({ error: "Enter a title." }).trim().min(3, "Enter a title.").max(200, "The title is too long (at most 200 characters)."),
  body: z
    .string({ error: "Enter the text." })
    .trim()
    .min(20, "Enter the text (at least a sentence).")
    .max(DOCUMENT_BODY_MAX, `The text is too long (at most ${DOCUMENT_BODY_MAX} characters).`),
});

/** The versions a patient accepts: every current document, by its version id. */
export const ZAcceptConsentInput = z.object({
  documentVersionIds: z.array(z.string().min(1).max(64), { error: "Accept the documents shown." }).min(1, "Accept the documents shown.").max(10),
});
