import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may be wrong.</p>
      <ButtonLink href="/" variant="secondary">
        Go to the home page
      </ButtonLink>
    </div>
  );
}
