"use client";

import { useId, useState } from "react";

export interface TTemplateOption {
  id: string;
  name: string;
  description: string | null;
}

/** Pick a clinic template to start the plan from; it replaces the exercises chosen so far. */
export function TemplatePicker({ templates, onUse }: { templates: TTemplateOption[]; onUse: (templateId: string) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState(templates[0]?.id ?? "");
  if (templates.length === 0) return null;
  const description = templates.find((template) => template.id === chosen)?.description;
  return (
    <div className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <label htmlFor={id} className="block font-medium">
        Start from a clinic template
      </label>
      <div className="flex flex-wrap gap-2">
        <select
          id={id}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
          aria-describedby={description ? `${id}-description` : undefined}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-gray-500 bg-white px-3 py-2"
        >
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onUse(chosen)} className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50">
          Use template
        </button>
      </div>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted">
          {description}
        </p>
      ) : null}
    </div>
  );
}
