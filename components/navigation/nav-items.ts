import type { TViewer } from "@/lib/auth/viewer-types";

export type TNavItem = { href: string; label: string; /** A count shown beside the label (unread messages). */ badge?: number };

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
    { href: "/messages", label: "Messages" },
    { href: "/my-data", label: "My data" },
    { href: "/reminders", label: "Reminders" },
  ],
  CLINICIAN: [
    { href: "/patients", label: "Patients" },
    { href: "/patients/new", label: "Add a patient" },
    { href: "/templates", label: "Templates" },
    { href: "/inbox", label: "Messages" },
    { href: "/library", label: "Library" },
    { href: "/reminders", label: "Reminders" },
  ],
  ADMIN: [
    { href: "/staff", label: "Staff" },
    { href: "/clinic/settings", label: "Clinic settings" },
    { href: "/clinic/records", label: "Records" },
    { href: "/staff/failed-notifications", label: "Failed notifications" },
  ],
};

/** The entries that show how many conversations have unread messages. */
export const MESSAGE_LINKS = new Set(["/messages", "/inbox"]);

/** After the role's own entries, for everyone signed in. */
export const ACCOUNT_NAV: TNavItem[] = [{ href: "/account/password", label: "Password" }];
