import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GuideSources } from "./guide-sources";

const render = (props: Parameters<typeof GuideSources>[0]) => renderToString(<GuideSources {...props} />).replace(/<!-- -->/g, "");
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

const guide = {
  reviewed: "2026-12-01",
  reviewedBy: "BackTrack clinical content team",
  nextReview: "2027-12-01",
  readingGrade: 4.2,
  sources: [
    { title: "Low back pain and sciatica in over 16s", publisher: "National Institute for Health and Care Excellence", year: 2016, url: "https://www.nice.org.uk/guidance/ng59" },
    { title: "Sciatica", publisher: "NHS", year: 2023, url: "https://www.nhs.uk/conditions/sciatica/" },
  ],
};

describe("a guide's review and sources", () => {
  it("says when and by whom it was reviewed and when it is next due", () => {
    const html = render({ guide });
    expect(text(html)).toContain("Reviewed 1 Dec 2026 by BackTrack clinical content team; next review 1 Dec 2027.");
    expect(html).toContain('<time dateTime="2026-12-01">');
  });

  it("lists each source with its title as a link, publisher and year, and the address written out for print", () => {
    const html = render({ guide });
    expect(html).toContain('<a href="https://www.nice.org.uk/guidance/ng59" class="text-brand-800 underline">Low back pain and sciatica in over 16s</a>');
    expect(text(html)).toContain("Low back pain and sciatica in over 16s. National Institute for Health and Care Excellence, 2016.");
    expect(html).toMatch(/<span class="hidden break-all print:inline"> https:\/\/www\.nhs\.uk\/conditions\/sciatica\/<\/span>/);
    // Outside any <footer>, which print hides.
    expect(html).not.toContain("<footer");
  });
});
