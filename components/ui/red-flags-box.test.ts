import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RED_FLAGS, redFlagPlain } from "@/lib/red-flags/red-flags";
import { RedFlagsBox } from "./red-flags-box";

const render = (props: Parameters<typeof RedFlagsBox>[0]) => renderToStaticMarkup(createElement(RedFlagsBox, props));
/** The text of each group, from its heading to the next group. */
const groups = (html: string) => html.split(/<h[34][^>]*>/).slice(1);
const escaped = (text: string) => text.replaceAll("'", "&#x27;").replaceAll("&", "&amp;");

describe("the red-flags box", () => {
  it("shows every flag in its level's group, emergency first with the clinic's number, urgent to the clinic today", () => {
    const [emergency, urgent, ...more] = groups(render({ emergencyNumber: "999" }));
    expect(more).toHaveLength(0);
    expect(emergency).toContain("Emergency: call 999 now");
    expect(urgent).toContain("Urgent: contact your clinic or doctor today");
    for (const flag of RED_FLAGS) expect(flag.level === "EMERGENCY" ? emergency : urgent).toContain(escaped(flag.plain));
  });

  it("says the local emergency number when the clinic's is not known", () => {
    expect(render({})).toContain("Emergency: call your local emergency number now");
  });

  it("lists a guide's codes and its own signs by level, and leaves out an empty group", () => {
    const [emergency, urgent] = groups(
      render({ codes: ["FEVER", "BOTH_LEGS"], extraEmergencySigns: ["Sudden shortness of breath"], extraUrgentSigns: ["A swollen, warm calf"] }),
    );
    expect(emergency).toContain(redFlagPlain("BOTH_LEGS"));
    expect(emergency).toContain("Sudden shortness of breath");
    expect(emergency).not.toContain("A swollen, warm calf");
    expect(urgent).toContain("A swollen, warm calf");
    expect(emergency).not.toContain(redFlagPlain("SADDLE_NUMBNESS"));
    expect(urgent).toContain(redFlagPlain("FEVER"));
    const onlyUrgent = groups(render({ codes: ["NIGHT_PAIN"] }));
    expect(onlyUrgent).toHaveLength(1);
    expect(onlyUrgent[0]).toContain("Urgent:");
  });
});
