"use client";

import { useMutation } from "@tanstack/react-query";
import { callApi, type ApiClientError } from "@/lib/api/api-client";

/** A form that POSTs JSON to the API: react-query state plus the API's messages per field and for the form. */
export function useApiForm<TBody, TResult>(path: string) {
  const mutation = useMutation<TResult, ApiClientError, TBody>({ mutationFn: (body) => callApi<TResult>("POST", path, body) });
  return {
    ...mutation,
    fieldErrors: mutation.error?.fields ?? {},
    formError: mutation.error?.message ?? null,
  };
}
