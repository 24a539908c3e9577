import type { TViewer } from "@/lib/auth/viewer-types";

export type TNavItem = { href: string; label: string };

/**
 * The main menu of each role, in order. Add a row here for a new page that
 * belongs in the menu; the header (components/navigation/site-header.tsx)
 * draws it inline on wide screens and behind a menu button on phones.
 */
export const NAV: Record<TViewer["role"], TNavItem[]> = {
  PATIENT: [
    { href: "/dashboard", label: "My dashboard" },
    { href: "/check-in", label: "Check in" },
    { href: "/my-plan", label: "My plan" },
    { href: "/check-ins", label: "My check-ins" },
    { href: "/my-data", label: "My data" },
  ],
  CLINICIAN: [
    { href: "/patients", label: "Patients" },
    { href: "/patients/new", label: "Add a patient" },
    { href: "/library", label: "Library" },
  ],
  ADMIN: [{ href: "/staff", label: "Staff" }],
};

/** After the role's own entries, for everyone signed in. */
export const ACCOUNT_NAV: TNavItem[] = [{ href: "/account/password", label: "Password" }];
