import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

/*
 * Draws the app's icons (home screen, maskable, Apple touch icon, notification
 * badge) as PNG files with nothing but node:zlib, so they can be remade on any
 * machine: `npx tsx tools/icons/make-icons.ts`. The mark is a stack of four
 * rounded vertebrae in white on the brand teal; the maskable icon keeps it
 * inside the central 80% safe zone, and the badge is the mark alone (Android
 * draws badges from their transparency).
 */

type TRgba = readonly [number, number, number, number];

const TEAL: TRgba = [0x0f, 0x6b, 0x60, 0xff];
const WHITE: TRgba = [0xff, 0xff, 0xff, 0xff];
const CLEAR: TRgba = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG (colour type 6, 8 bits) of `size`×`size` pixels. */
export function encodePng(size: number, pixel: (x: number, y: number) => TRgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(6, 9);
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const start = y * (1 + size * 4);
    rows[start] = 0; // filter: none
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), start + 1 + x * 4);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

function insideRoundedRect(x: number, y: number, left: number, top: number, width: number, height: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, left + radius), left + width - radius);
  const cy = Math.min(Math.max(y, top + radius), top + height - radius);
  return x >= left && x <= left + width && y >= top && y <= top + height && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Whether (x, y), in 0..1 units of the mark's box, is on one of the four vertebrae (each a little wider than the one above). */
function onMark(x: number, y: number): boolean {
  const count = 4;
  const gap = 0.06;
  const height = (1 - gap * (count - 1)) / count;
  for (let index = 0; index < count; index++) {
    const width = 0.62 + index * 0.12;
    if (insideRoundedRect(x, y, (1 - width) / 2, index * (height + gap), width, height, height * 0.45)) return true;
  }
  return false;
}

/** The mark inside a centred box covering `markShare` of the icon, on `background` (rounded corners unless `fullBleed`). */
function icon(size: number, options: { markShare: number; background: TRgba; fullBleed: boolean; mark: TRgba }): Buffer {
  const box = size * options.markShare;
  const offset = (size - box) / 2;
  return encodePng(size, (x, y) => {
    const px = x + 0.5;
    const py = y + 0.5;
    if (onMark((px - offset) / box, (py - offset) / box)) return options.mark;
    if (options.fullBleed || insideRoundedRect(px, py, 0, 0, size, size, size * 0.18)) return options.background;
    return CLEAR;
  });
}

export const ICONS: Record<string, () => Buffer> = {
  "public/icons/icon-192.png": () => icon(192, { markShare: 0.6, background: TEAL, fullBleed: false, mark: WHITE }),
  "public/icons/icon-512.png": () => icon(512, { markShare: 0.6, background: TEAL, fullBleed: false, mark: WHITE }),
  // Launchers crop maskable icons to a circle or squircle: full bleed, the mark within the central 80%.
  "public/icons/maskable-512.png": () => icon(512, { markShare: 0.5, background: TEAL, fullBleed: true, mark: WHITE }),
  "public/icons/badge-96.png": () => icon(96, { markShare: 0.8, background: CLEAR, fullBleed: true, mark: WHITE }),
  // iOS rounds the corners itself and shows transparency as black: full bleed.
  "app/apple-icon.png": () => icon(180, { markShare: 0.6, background: TEAL, fullBleed: true, mark: WHITE }),
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const [file, draw] of Object.entries(ICONS)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, draw());
    console.info(`wrote ${file}`);
  }
}
