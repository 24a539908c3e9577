import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { TViewer } from "@/lib/auth/viewer-types";
import { MainNav } from "./main-nav";
import { ACCOUNT_NAV, NAV } from "./nav-items";

const NAV_LINK = "inline-flex min-h-11 items-center rounded-md px-3 font-medium text-brand-800 underline-offset-4 hover:underline";

/**
 * The page header: the name, and the menu for whoever is signed in. Sign out
 * stays outside the phone menu, one tap away on a shared phone. While the
 * database is away the header goes without its menu.
 */
export function SiteHeader({ viewer }: { viewer: TViewer | null | "unavailable" }) {
  return (
    <header className="relative border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-2 px-4 py-2 sm:gap-4 sm:py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-800">
          BackTrack
        </Link>
        {viewer === "unavailable" ? null : viewer ? (
          <div className="flex items-center gap-1">
            <MainNav items={[...NAV[viewer.role], ...ACCOUNT_NAV]} />
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
