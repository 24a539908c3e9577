import { PAIN_AREAS } from "@/lib/checkins/check-in-input";
import { weekdayDate } from "@/lib/dates/format-date";
import type { TCheckInView } from "@/lib/checkins/check-in-view";
import { ScrollArea } from "@/components/ui/scroll-area";

const areaLabel = (code: string) => PAIN_AREAS.find((area) => area.code === code)?.label.toLowerCase() ?? code;
const yes = (value: boolean) => (value ? "Yes" : "—");

/** The patient's recent check-ins as a table, newest first (the trend chart comes with the trends work). */
export function CheckInHistory({ checkIns }: { checkIns: TCheckInView[] }) {
  if (checkIns.length === 0) return <p>No check-ins yet.</p>;
  return (
    <ScrollArea label="Table of each check-in, scrolls sideways">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Check-ins, newest first</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-3">Date</th>
            <th scope="col" className="py-2 pr-3">Pain now</th>
            <th scope="col" className="py-2 pr-3">Where</th>
            <th scope="col" className="py-2 pr-3">Numb</th>
            <th scope="col" className="py-2 pr-3">Weak</th>
            <th scope="col" className="py-2 pr-3">Activity</th>
            <th scope="col" className="py-2 pr-3">PEG</th>
            <th scope="col" className="py-2 pr-3">Note</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((checkIn) => (
            <tr key={checkIn.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                <time dateTime={checkIn.date}>{weekdayDate(checkIn.date)}</time>
              </th>
              <td className="py-2 pr-3 font-semibold">
                {checkIn.painNow}
                {checkIn.redFlags.length ? <span className="ml-1 rounded bg-alert-700 px-1.5 text-xs font-semibold text-white">red flag</span> : null}
              </td>
              <td className="py-2 pr-3">
                {checkIn.painAreas.map(areaLabel).join(", ") || "—"}
                {checkIn.painSide ? ` (${checkIn.painSide.toLowerCase()})` : ""}
                {checkIn.belowKnee ? "; below knee" : ""}
              </td>
              <td className="py-2 pr-3">{yes(checkIn.numbness)}</td>
              <td className="py-2 pr-3">{yes(checkIn.weakness)}</td>
              <td className="py-2 pr-3">{checkIn.activityMinutes === null ? "—" : `${checkIn.activityMinutes} min`}</td>
              <td className="py-2 pr-3">{checkIn.pegScore ?? "—"}</td>
              <td className="max-w-xs py-2 pr-3 break-words">{checkIn.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
