"use client";

import "@/components/providers/zod-without-eval";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { callApi, type ApiClientError } from "@/lib/api/api-client";
import { handleSeenAgainEndpoint } from "@/lib/discharge/discharge-endpoints";

export function HandleSeenAgainButton({ patientId, requestId }: { patientId: string; requestId: string }) {
  const router = useRouter();
  const handle = useMutation<unknown, ApiClientError>({
    mutationFn: () => callApi(handleSeenAgainEndpoint, { params: { patientId, requestId } }),
    onSuccess: () => router.refresh(),
  });
  return (
    <button type="button" onClick={() => handle.mutate()} disabled={handle.isPending} className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800">
      Mark handled
    </button>
  );
}
