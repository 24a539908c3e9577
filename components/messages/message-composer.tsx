"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ApiClientError } from "@/lib/api/api-client";
import { findEmergencySigns } from "@/lib/messages/emergency-words";
import { MESSAGE_MAX_CHARACTERS } from "@/lib/messages/message-input";
import { EmergencyAdvice } from "./emergency-advice";

export type TReplyTemplateOption = { id: string; title: string; body: string };

/**
 * The box a message is written in. A patient's words are checked for
 * emergency signs as they type, so the advice shows before sending. The
 * request id stays the same while the words do: pressing Send again after a
 * dropped connection stores the message once.
 */
export function MessageComposer({
  label,
  submitLabel,
  pending,
  error,
  onSend,
  emergencyNumber,
  templates,
}: {
  label: string;
  submitLabel: string;
  pending: boolean;
  error: ApiClientError | null;
  onSend: (input: { body: string; requestId: string }, done: () => void) => void;
  /** Set for patients: their words are screened for emergency signs. */
  emergencyNumber?: string;
  /** Set for clinicians: the clinic's saved replies. */
  templates?: TReplyTemplateOption[];
}) {
  const id = useId();
  const [body, setBody] = useState("");
  const request = useRef<{ id: string; body: string } | null>(null);
  const signs = emergencyNumber ? findEmergencySigns(body) : [];
  const bodyErrors = error?.fields.body;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.current?.body !== body) request.current = { id: crypto.randomUUID(), body };
    onSend({ body, requestId: request.current.id }, () => {
      setBody("");
      request.current = null;
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {templates && templates.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-template`} className="block font-medium">
            Start from a saved reply
          </label>
          <select
            id={`${id}-template`}
            className="block min-h-11 w-full rounded-md border border-gray-500 bg-white px-3"
            defaultValue=""
            onChange={(event) => {
              const template = templates.find((entry) => entry.id === event.target.value);
              if (template) setBody(template.body);
            }}
          >
            <option value="">Choose a saved reply…</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label htmlFor={`${id}-body`} className="block font-medium">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={5}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        maxLength={MESSAGE_MAX_CHARACTERS}
        aria-invalid={bodyErrors ? true : undefined}
        aria-describedby={`${id}-count${bodyErrors ? ` ${id}-error` : ""}`}
        className="block w-full rounded-md border border-gray-500 px-3 py-2 text-base"
      />
      <p id={`${id}-count`} className="text-sm text-muted">
        {body.length.toLocaleString("en")} of {MESSAGE_MAX_CHARACTERS.toLocaleString("en")} characters
      </p>
      <FieldError id={`${id}-error`} errors={bodyErrors} />
      <div aria-live="polite">{emergencyNumber && signs.length > 0 ? <EmergencyAdvice signs={signs} emergencyNumber={emergencyNumber} /> : null}</div>
      <FormAlert message={error && !bodyErrors ? error.message : null} />
      <SubmitButton pending={pending}>{pending ? "Sending…" : submitLabel}</SubmitButton>
    </form>
  );
}
