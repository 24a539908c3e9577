import type { Metadata } from "next";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listPlanTemplates } from "@/lib/plan-templates/list-plan-templates";
import { templateAsInput } from "@/lib/plan-templates/template-as-input";
import { TemplateCard } from "./_components/template-card";

export const metadata: Metadata = { title: "Clinic templates" };

export default async function TemplatesPage() {
  const viewer = await requirePageViewer("CLINICIAN");
  const templates = await listPlanTemplates(getDb(), viewer);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">Clinic templates</h1>
      <p>
        The exercise plan templates of your clinic. A plan made from a template is a copy: editing or retiring a template never changes a patient&apos;s plan. An edit is
        saved as a new template and the old one is retired.
      </p>
      {templates.length === 0 ? <p>Your clinic has no templates in use. Save a patient&apos;s plan as a template from the plan page.</p> : null}
      <ul className="space-y-4">
        {templates.map((template) => (
          <li key={template.id}>
            <TemplateCard template={template} input={templateAsInput(template)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
