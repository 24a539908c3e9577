"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/forms/use-api-form";

export function UnassignGuideButton({ patientId, assignmentId, title }: { patientId: string; assignmentId: string; title: string }) {
  const router = useRouter();
  const unassign = useApiForm<Record<string, never>, unknown>(`/api/v1/patients/${patientId}/guides/${assignmentId}/unassign`);
  return (
    <button
      type="button"
      disabled={unassign.isPending}
      onClick={() => unassign.mutate({}, { onSuccess: () => router.refresh() })}
      className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
    >
      Take back<span className="sr-only"> {title}</span>
    </button>
  );
}
