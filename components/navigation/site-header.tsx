import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { TViewer } from "@/lib/auth/viewer-types";
import { MainNav } from "./main-nav";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { ACCOUNT_NAV, MESSAGE_LINKS, NAV } from "./nav-items";

const NAV_LINK = "inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-2 font-medium text-brand-800 underline-offset-4 hover:underline";

/**
 * The page header: the name, and the menu for whoever is signed in. Sign out
 * stays outside the phone menu, one tap away on a shared phone. While the
 * database is away the header goes without its menu.
 */
export function SiteHeader({ viewer, unreadMessages = 0 }: { viewer: TViewer | null | "unavailable"; unreadMessages?: number }) {
  return (
    <header className="relative border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-1 px-3 py-1.5 sm:gap-4 sm:px-4 sm:py-2">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
          BackTrack
        </Link>
        {viewer === "unavailable" ? null : viewer ? (
          <div className="flex items-center gap-1">
            <MainNav items={[...NAV[viewer.role].map((item) => (MESSAGE_LINKS.has(item.href) && unreadMessages > 0 ? { ...item, badge: unreadMessages } : item)), ...ACCOUNT_NAV]} />
            {viewer.role === "ADMIN" ? null : <NotificationBell viewer={viewer} className={NAV_LINK} />}
            <SignOutButton />
          </div>
        ) : (
          <nav aria-label="Account">
            <Link href="/sign-in" className={NAV_LINK}>
              Sign in
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
