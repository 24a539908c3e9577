import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { getEnv } from "@/lib/config/env";
import { SiteHeader } from "@/components/navigation/site-header";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { countUnreadConversations } from "@/lib/messages/conversations";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import "./globals.css";

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
        <SiteHeader viewer={viewer} unreadMessages={unread} />
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
