import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { getViewer, pendingSecondStep, secondStepPath } from "@/lib/auth/viewer";
import { ROLE_HOME } from "@/lib/auth/viewer-types";
import { RedFlagsBox } from "@/components/ui/red-flags-box";
import { CONDITIONS } from "@/lib/conditions/conditions";

export default async function HomePage() {
  const viewer = await getViewer();
  if (viewer) redirect(ROLE_HOME[viewer.role]);
  const step = await pendingSecondStep();
  if (step) redirect(secondStepPath(step, "/"));
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">BackTrack: your guide through back and leg pain</h1>
        <p className="max-w-2xl text-lg">
          Your clinic uses BackTrack to give you clear guides about your back, a home exercise plan made for you, and a quick way to tell
          them how you feel each day.
        </p>
        <ButtonLink href="/sign-in">Sign in</ButtonLink>
        <p className="text-sm text-muted">Your clinic sends you an invitation link to set up your account.</p>
      </section>

      <section aria-labelledby="how-heading" className="grid gap-6 sm:grid-cols-3">
        <h2 id="how-heading" className="sr-only">
          How BackTrack works
        </h2>
        <div className="rounded-lg border border-brand-100 p-4">
          <h3 className="font-semibold text-brand-900">Learn</h3>
          <p className="mt-1">Read short guides picked for you by your clinician, in plain words.</p>
        </div>
        <div className="rounded-lg border border-brand-100 p-4">
          <h3 className="font-semibold text-brand-900">Move</h3>
          <p className="mt-1">Follow your home exercises, with how many and how often, and tick them off as you go.</p>
        </div>
        <div className="rounded-lg border border-brand-100 p-4">
          <h3 className="font-semibold text-brand-900">Check in</h3>
          <p className="mt-1">Tell us your pain in under a minute. You and your clinician see if it is getting better.</p>
        </div>
      </section>

      <section aria-labelledby="conditions-heading" className="space-y-3">
        <h2 id="conditions-heading" className="text-xl font-bold text-brand-900">
          Guides for common back problems
        </h2>
        <ul className="grid list-disc gap-1 pl-5 sm:grid-cols-2">
          {CONDITIONS.map((condition) => (
            <li key={condition.code}>{condition.label}</li>
          ))}
        </ul>
        <p className="max-w-2xl">
          Most back pain gets better within a few weeks. Pain that lasts 12 weeks or more is called chronic. BackTrack shows you and your
          clinician which stage you are in and how your pain is changing.
        </p>
      </section>

      <RedFlagsBox />
    </div>
  );
}
