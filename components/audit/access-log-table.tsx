import { describeAction, type TAccessLogEntry } from "@/lib/audit/list-patient-access";
import { ScrollArea } from "@/components/ui/scroll-area";

const ROLE_WORDS: Record<string, string> = { CLINICIAN: "Clinician", ADMIN: "Clinic admin", PATIENT: "Patient" };

/** The audit trail for one patient as a table; the IP column only when the viewer is staff. */
export function AccessLogTable({ entries, caption, showAddress }: { entries: TAccessLogEntry[]; caption: string; showAddress: boolean }) {
  if (entries.length === 0) return <p>No one else has opened this record yet.</p>;
  return (
    <ScrollArea label="Table of accesses, scrolls sideways">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-4">When</th>
            <th scope="col" className="py-2 pr-4">Who</th>
            <th scope="col" className="py-2 pr-4">What</th>
            {showAddress ? <th scope="col" className="py-2 pr-4">From address</th> : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.at.toISOString()}-${index}`} className="border-b border-gray-200">
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{entry.at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time>
              </td>
              <td className="py-2 pr-4">
                {entry.actorName} {entry.actorRole ? <span className="text-muted">({ROLE_WORDS[entry.actorRole] ?? entry.actorRole})</span> : null}
              </td>
              <td className="py-2 pr-4">{describeAction(entry.action)}</td>
              {showAddress ? <td className="py-2 pr-4">{entry.ip ?? "unknown"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
