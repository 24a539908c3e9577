import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

/*
 * A gzipped POSIX (ustar) tar, written and read as streams so a backup of any
 * size passes through a few megabytes of memory. Plain tar on purpose: an
 * operator can list or unpack a backup with `tar -tzf` / `tar -xzf`.
 */

const BLOCK = 512;
const CHUNK = 1 << 20;

export interface TTarWriter {
  directory(name: string, mtime?: Date): Promise<void>;
  /** Adds a file from disk as `size` bytes: a file that shrinks while read is padded with zeros (as PostgreSQL's own base backup does). */
  fileFromDisk(name: string, source: string, size: number, mtime?: Date): Promise<void>;
  file(name: string, content: Buffer | string, mtime?: Date): Promise<void>;
  close(): Promise<void>;
}

export function createTarGzWriter(target: string): TTarWriter {
  const gzip = createGzip();
  const out: WriteStream = createWriteStream(target, { mode: 0o600 });
  const finished = pipeline(gzip, out);
  // A failed write surfaces at the next await rather than as an unhandled rejection.
  finished.catch(() => undefined);
  const write = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await waitForDrain(gzip, finished);
  };
  const padding = async (size: number) => {
    const rest = (BLOCK - (size % BLOCK)) % BLOCK;
    if (rest) await write(Buffer.alloc(rest));
  };
  return {
    async directory(name, mtime = new Date()) {
      await write(header(`${name.replace(/\/$/, "")}/`, 0, "5", 0o700, mtime));
    },
    async file(name, content, mtime = new Date()) {
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      await write(header(name, bytes.length, "0", 0o600, mtime));
      await write(bytes);
      await padding(bytes.length);
    },
    async fileFromDisk(name, source, size, mtime = new Date()) {
      const handle = await open(source, "r");
      try {
        await write(header(name, size, "0", 0o600, mtime));
        let done = 0;
        while (done < size) {
          const buffer = Buffer.alloc(Math.min(CHUNK, size - done));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, done);
          // Shrunk since it was measured: the rest is zeros, and WAL replay rewrites it.
          if (bytesRead === 0) {
            await write(Buffer.alloc(size - done));
            break;
          }
          await write(buffer.subarray(0, bytesRead));
          done += bytesRead;
        }
        await padding(size);
      } finally {
        await handle.close();
      }
    },
    async close() {
      await write(Buffer.alloc(BLOCK * 2));
      gzip.end();
      await finished;
    },
  };
}

function waitForDrain(stream: Writable, failed: Promise<void>): Promise<void> {
  return Promise.race([new Promise<void>((resolve) => stream.once("drain", resolve)), failed]);
}

function header(name: string, size: number, type: "0" | "5", mode: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  const [prefix, base] = splitName(name);
  block.write(base, 0, 100, "utf8");
  octal(block, mode, 100, 8);
  octal(block, 0, 108, 8);
  octal(block, 0, 116, 8);
  octal(block, size, 124, 12);
  octal(block, Math.floor(mtime.getTime() / 1000), 136, 12);
  block.fill(" ", 148, 156);
  block.write(type, 156, 1, "ascii");
  block.write("ustar\u0000", 257, 6, "ascii");
  block.write("00", 263, 2, "ascii");
  block.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "ascii");
  return block;
}

function octal(block: Buffer, value: number, offset: number, length: number): void {
  block.write(`${value.toString(8).padStart(length - 1, "0")}\u0000`, offset, length, "ascii");
}

/** ustar keeps names over 100 bytes as a prefix (up to 155) and a name, split at a slash. */
function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ["", name];
  for (let at = name.indexOf("/"); at !== -1; at = name.indexOf("/", at + 1)) {
    const prefix = name.slice(0, at);
    const base = name.slice(at + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return [prefix, base];
  }
  throw new Error(`Path too long for a tar archive: ${name}`);
}

export interface TTarEntry {
  name: string;
  type: "file" | "directory";
  size: number;
}

/**
 * Reads a .tar.gz entry by entry: `onEntry` gets each entry and, for a file,
 * a writer to hand its content to (or null to skip it).
 */
export async function readTarGz(source: string, onEntry: (entry: TTarEntry) => Promise<string | null>): Promise<void> {
  const gunzip = createGunzip();
  const reading = pipeline(createReadStream(source), gunzip);
  reading.catch(() => undefined);
  const reader = new ByteReader(gunzip);
  for (;;) {
    const block = await reader.read(BLOCK);
    if (block.every((byte) => byte === 0)) break;
    const entry = parseHeader(block);
    const target = await onEntry(entry);
    let remaining = entry.type === "file" ? entry.size : 0;
    const handle = target ? await open(target, "w", 0o600) : null;
    try {
      while (remaining > 0) {
        const piece = await reader.read(Math.min(CHUNK, remaining));
        if (handle) await handle.write(piece);
        remaining -= piece.length;
      }
    } finally {
      await handle?.close();
    }
    const rest = (BLOCK - ((entry.type === "file" ? entry.size : 0) % BLOCK)) % BLOCK;
    if (rest) await reader.read(rest);
  }
  await reader.drain();
  await reading;
}

function parseHeader(block: Buffer): TTarEntry {
  const text = (start: number, length: number) => block.subarray(start, start + length).toString("utf8").replace(/\0.*$/s, "");
  const sum = Number.parseInt(text(148, 8).trim(), 8);
  let actual = 0;
  block.forEach((byte, index) => (actual += index >= 148 && index < 156 ? 32 : byte));
  if (sum !== actual || text(257, 5) !== "ustar") throw new Error("Not a BackTrack backup (not a tar archive, or a damaged one).");
  const prefix = text(345, 155);
  const name = `${prefix ? `${prefix}/` : ""}${text(0, 100)}`.replace(/\/$/, "");
  const type = text(156, 1);
  if (type !== "0" && type !== "5" && type !== "") throw new Error(`The backup holds an entry of a kind it should not (${name}).`);
  return { name, type: type === "5" ? "directory" : "file", size: Number.parseInt(text(124, 12).trim() || "0", 8) };
}

/** Exact-length reads over a stream's chunks. */
class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(stream: Readable) {
    this.iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** Reads what is left (the end-of-archive padding), so the stream finishes cleanly. */
  async drain(): Promise<void> {
    while (!this.ended) this.ended = (await this.iterator.next()).done === true;
  }

  async read(size: number): Promise<Buffer> {
    while (this.length < size && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else {
        this.chunks.push(next.value);
        this.length += next.value.length;
      }
    }
    if (this.length < size) throw new Error("The backup file is cut short.");
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    this.chunks = all.length > size ? [all.subarray(size)] : [];
    this.length -= size;
    return all.subarray(0, size);
  }
}
