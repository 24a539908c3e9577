"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { addReplyTemplateEndpoint, listReplyTemplatesEndpoint, retireReplyTemplateEndpoint } from "@/lib/messages/message-endpoints";

const KEY = ["reply-templates"];

/** The clinic's saved replies: add one, or retire one no longer wanted. */
export function ReplyTemplatesEditor() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const templates = useQuery({ queryKey: KEY, queryFn: () => callApi(listReplyTemplatesEndpoint) });
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: KEY });
    router.refresh();
  };
  const add = useMutation<unknown, ApiClientError, { title: string; body: string }>({ mutationFn: (body) => callApi(addReplyTemplateEndpoint, { body }), onSuccess: changed });
  const retire = useMutation<unknown, ApiClientError, string>({ mutationFn: (templateId) => callApi(retireReplyTemplateEndpoint, { params: { replyTemplateId: templateId } }), onSuccess: changed });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    add.mutate({ title: String(data.get("title") ?? ""), body: String(data.get("body") ?? "") }, { onSuccess: () => form.reset() });
  }

  return (
    <details className="rounded-lg border border-brand-100 p-4">
      <summary className="min-h-11 cursor-pointer font-semibold text-brand-900">Saved replies for the clinic</summary>
      <div className="mt-4 space-y-4">
        {templates.data && templates.data.templates.length > 0 ? (
          <ul className="space-y-2">
            {templates.data.templates.map((template) => (
              <li key={template.id} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-gray-300 p-2">
                <span>
                  <strong>{template.title}</strong>
                  <span className="block whitespace-pre-wrap text-sm text-muted">{template.body}</span>
                </span>
                <button type="button" onClick={() => retire.mutate(template.id)} className="min-h-11 rounded-md border border-gray-500 px-3 text-sm font-medium">
                  Remove <span className="sr-only">{template.title}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No saved replies yet.</p>
        )}
        <form onSubmit={onSubmit} noValidate className="space-y-2">
          <label htmlFor="template-title" className="block font-medium">
            Title
          </label>
          <input
            id="template-title"
            name="title"
            maxLength={80}
            aria-invalid={add.error?.fields.title ? true : undefined}
            aria-describedby={add.error?.fields.title ? "template-title-error" : undefined}
            className="block min-h-11 w-full rounded-md border border-gray-500 px-3"
          />
          <FieldError id="template-title-error" errors={add.error?.fields.title} />
          <label htmlFor="template-body" className="block font-medium">
            Reply
          </label>
          <textarea
            id="template-body"
            name="body"
            rows={3}
            maxLength={5000}
            aria-invalid={add.error?.fields.body ? true : undefined}
            aria-describedby={add.error?.fields.body ? "template-body-error" : undefined}
            className="block w-full rounded-md border border-gray-500 px-3 py-2"
          />
          <FieldError id="template-body-error" errors={add.error?.fields.body} />
          <FormAlert message={retire.error?.message ?? null} />
          <SubmitButton pending={add.isPending}>Save reply</SubmitButton>
        </form>
      </div>
    </details>
  );
}
