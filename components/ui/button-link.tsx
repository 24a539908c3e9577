import Link from "next/link";
import type { ComponentProps } from "react";

const STYLES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-brand-700 text-brand-800 hover:bg-brand-50",
} as const;

/** A link that looks like a button, with a touch target of at least 44 px. */
export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: keyof typeof STYLES }) {
  return (
    <Link
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 text-base font-semibold ${STYLES[variant]} ${className}`}
    />
  );
}
