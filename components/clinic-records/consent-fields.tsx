import { useId } from "react";
import { FieldError } from "@/components/forms/field-error";
import { DocumentText } from "./document-text";

export interface TConsentDocument {
  id: string;
  title: string;
  version: number;
  body: string;
}

/** The clinic's documents to read (folded, so the form stays short on a phone) and one box to tick for them all. */
export function ConsentFields({ documents, errors }: { documents: TConsentDocument[]; errors?: string[] }) {
  const id = useId();
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">Privacy notice and terms</legend>
      {documents.map((document) => (
        <details key={document.id} className="rounded-md border border-gray-300 p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800 underline">
            Read: {document.title} (version {document.version})
          </summary>
          <div className="pt-2">
            <DocumentText body={document.body} />
          </div>
        </details>
      ))}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name="consent"
          required
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="mt-1 size-6"
        />
        <label htmlFor={id}>I have read and accept the privacy notice and the terms above.</label>
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
