import type { Metadata } from "next";
import { PrintButton } from "@/components/ui/print-button";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { CAUDA_EQUINA_SIGNS, CAUDA_EQUINA_WHAT, caudaEquinaAction } from "@/lib/red-flags/cauda-equina";
import { getEmergencyNumber } from "@/lib/red-flags/get-emergency-number";

export const metadata: Metadata = { title: "Cauda equina emergency card" };

/**
 * A one-page card to print and keep: public, so anyone can be given the link;
 * a signed-in viewer sees their clinic's emergency number.
 */
export default async function CaudaEquinaCardPage() {
  const emergencyNumber = await getEmergencyNumber(getDb(), await getViewer());
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <article aria-labelledby="card-heading" className="cauda-card space-y-4 rounded-lg border-4 border-alert-700 p-5 break-inside-avoid">
        <h1 id="card-heading" className="text-2xl font-bold text-alert-700">
          Back pain emergency card: cauda equina syndrome
        </h1>
        <p>{CAUDA_EQUINA_WHAT} It needs treatment fast, or it can harm your bladder, bowels, sex life and legs for good.</p>
        <h2 className="text-lg font-bold text-alert-700">Signs to look out for</h2>
        <ul className="list-disc space-y-1 pl-5">
          {CAUDA_EQUINA_SIGNS.map((flag) => (
            <li key={flag.code}>{flag.plain}</li>
          ))}
        </ul>
        <p className="rounded-md bg-alert-700 p-3 text-lg font-bold text-white">{caudaEquinaAction(emergencyNumber)}</p>
        <p>Do not wait to see if it gets better. Do not wait for your next visit.</p>
        <h2 className="text-lg font-bold text-alert-700">Keep this card</h2>
        <p>Keep it with you, in your wallet or bag, or on the fridge. If you go to hospital, show it to the doctor or nurse.</p>
      </article>
      <PrintButton label="Print this card" />
    </div>
  );
}
