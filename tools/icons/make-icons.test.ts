import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import manifest from "../../app/manifest";
import { ICONS } from "./make-icons";

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("the app's icons", () => {
  it("the committed files are what the script draws (so they can be remade)", () => {
    for (const [file, draw] of Object.entries(ICONS)) expect(readFileSync(file).equals(draw()), file).toBe(true);
  });

  it("each manifest icon exists at the size it claims, with a maskable one, and the data decodes", () => {
    const icons = manifest().icons ?? [];
    expect(icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of icons) {
      const png = readFileSync(`public${icon.src}`);
      const [width, height] = (icon.sizes ?? "").split("x").map(Number);
      expect(pngSize(png), icon.src).toEqual({ width, height });
      const idat = png.indexOf("IDAT");
      const length = png.readUInt32BE(idat - 4);
      // One filter byte and four channels per pixel, per row.
      expect(inflateSync(png.subarray(idat + 4, idat + 4 + length)).length).toBe(height! * (1 + width! * 4));
    }
    expect(pngSize(readFileSync("app/apple-icon.png"))).toEqual({ width: 180, height: 180 });
  });
});
