"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { RECORD_SECTIONS, sectionHref } from "./record-sections";

/** Links between the record's sections; the one shown carries aria-current. */
export function SectionTabs({ patientId, name }: { patientId: string; name: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={`Sections of ${name}'s record`} className="border-b border-brand-100">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {RECORD_SECTIONS.map((section) => {
          const href = sectionHref(patientId, section.segment);
          const current = pathname === href;
          return (
            <li key={section.segment}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-3 font-medium ${
                  current ? "border-brand-700 text-brand-900" : "border-transparent text-brand-800 underline-offset-4 hover:underline"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
