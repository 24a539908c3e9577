"use client";

import { useMutation, type MutateOptions } from "@tanstack/react-query";
import { callApi, type ApiClientError, type TApiResponse, type TCallApiInput } from "@/lib/api/api-client";
import type { TEndpointContract } from "@/lib/api/endpoint-contract";

/** A form that sends JSON to one endpoint: react-query state plus the API's messages per field and for the form. */
export function useApiForm<TContract extends TEndpointContract>(contract: TContract, params?: TCallApiInput<TContract>["params"]) {
  type TBody = TCallApiInput<TContract>["body"];
  const mutation = useMutation<TApiResponse<TContract>, ApiClientError, TBody>({
    mutationFn: (body) => callApi(contract, { params, body }),
  });
  return {
    ...mutation,
    /**
     * Sends a form's fields as they are. They are strings, not yet the
     * endpoint's input type: the endpoint validates them and answers the
     * problem per field, which `fieldErrors` shows beside each input.
     */
    mutateForm: (form: HTMLFormElement, options?: MutateOptions<TApiResponse<TContract>, ApiClientError, TBody>) =>
      mutation.mutate(Object.fromEntries(new FormData(form)) as TBody, options),
    fieldErrors: mutation.error?.fields ?? {},
    formError: mutation.error?.message ?? null,
  };
}
