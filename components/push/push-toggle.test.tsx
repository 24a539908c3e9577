import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PUSH_STATE_TEXT, PushToggle } from "./push-toggle";

describe("the push toggle", () => {
  it("renders a status announced to screen readers, and no button until the browser has been asked", () => {
    const html = renderToString(<PushToggle />);
    expect(html).toContain('<p role="status" class="font-medium">Checking this device…</p>');
    expect(html).not.toContain("<button");
  });

  it("says what to do in every state where the button cannot help", () => {
    expect(PUSH_STATE_TEXT.blocked).toMatch(/site settings/);
    expect(PUSH_STATE_TEXT["needs-install"]).toMatch(/Home Screen/);
    expect(PUSH_STATE_TEXT.unsupported).toMatch(/email reminders/);
  });
});
