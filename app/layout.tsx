import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DemoBanner } from "@/components/demo-banner";
import { getEnv } from "@/lib/config/env";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { countUnreadConversations } from "@/lib/messages/conversations";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import type { TViewer } from "@/lib/auth/viewer-types";
import "./globals.css";

const NAV: Record<TViewer["role"], { href: string; label: string }[]> = {
  PATIENT: [
    { href: "/dashboard", label: "My dashboard" },
    { href: "/check-in", label: "Check in" },
    { href: "/check-ins", label: "My check-ins" },
    { href: "/messages", label: "Messages" },
    { href: "/my-data", label: "My data" },
    { href: "/reminders", label: "Reminders" },
  ],
  CLINICIAN: [
    { href: "/patients", label: "Patients" },
    { href: "/patients/new", label: "Add a patient" },
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

/** The navigation entries that show how many conversations have unread messages. */
const MESSAGE_LINKS = new Set(["/messages", "/inbox"]);

const NAV_LINK = "inline-flex min-h-11 items-center rounded-md px-3 font-medium text-brand-800 underline-offset-4 hover:underline";

export const metadata: Metadata = {
  title: { template: "%s · BackTrack", default: "BackTrack" },
  description: "Guides, home exercises and symptom check-ins for back and leg pain, from your clinic.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0f6b60",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // While the database is away the header goes without its menu, and the page below shows the error page (app/error.tsx).
  const viewer = await getViewer().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return "unavailable" as const;
    throw error;
  });
  const unread = viewer && viewer !== "unavailable" && viewer.role !== "ADMIN" ? await countUnreadConversations(getDb(), viewer).catch(() => 0) : 0;
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900 focus:shadow"
        >
          Skip to main content
        </a>
        <DemoBanner mode={getEnv().BACKTRACK_MODE} />
        <header className="border-b border-brand-100 bg-white">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
              BackTrack
            </Link>
            {viewer === "unavailable" ? null : viewer ? (
              <nav aria-label="Main" className="flex flex-wrap items-center justify-end gap-1">
                {NAV[viewer.role].map((item) => (
                  <Link key={item.href} href={item.href} className={NAV_LINK}>
                    {item.label}
                    {MESSAGE_LINKS.has(item.href) && unread > 0 ? (
                      <span className="ml-1 rounded-full bg-brand-700 px-2 text-sm font-semibold text-white">
                        {unread}
                        <span className="sr-only"> unread</span>
                      </span>
                    ) : null}
                  </Link>
                ))}
                <NotificationBell viewer={viewer} className={NAV_LINK} />
                <Link href="/account/password" className={NAV_LINK}>
                  Password
                </Link>
                <SignOutButton />
              </nav>
            ) : (
              <nav aria-label="Account">
                <Link href="/sign-in" className={NAV_LINK}>
                  Sign in
                </Link>
              </nav>
            )}
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-brand-100 bg-brand-50">
          <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 text-sm text-muted">
            <p>BackTrack helps you learn about your back. It does not replace care from your clinician.</p>
            <p>In an emergency, call your local emergency number.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
