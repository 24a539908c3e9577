import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("turns web addresses into links and leaves the rest as text", () => {
    expect(linkify("See https://www.nhs.uk/conditions/back-pain/. Thanks")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://www.nhs.uk/conditions/back-pain/", href: "https://www.nhs.uk/conditions/back-pain/" },
      { kind: "text", text: ". Thanks" },
    ]);
  });

  it("never links other schemes and keeps markup as text", () => {
    const pieces = linkify('javascript:alert(1) <a href="x">hi</a> data:text/html,<script>');
    expect(pieces).toEqual([{ kind: "text", text: 'javascript:alert(1) <a href="x">hi</a> data:text/html,<script>' }]);
  });

  it("stops an address at quotes and angle brackets", () => {
    const pieces = linkify('go to http://example.com/"onmouseover="x');
    expect(pieces[1]).toEqual({ kind: "link", text: "http://example.com/", href: "http://example.com/" });
  });
});
