import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { provideDatabase, redact } from "./database";
import { assertPortFree, findFreePort } from "./ports";
import { StartupError } from "./startup-error";

describe("start-up problems give one clear line, not a stack trace", () => {
  it("a port already in use names the port and the variable to change", async () => {
    const server = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const failure = assertPortFree(port, "the BackTrack web server", "PORT");
      await expect(failure).rejects.toBeInstanceOf(StartupError);
      await expect(failure).rejects.toMatchObject({ message: expect.stringContaining(`Port ${port}`), fix: expect.stringContaining("PORT") });
    } finally {
      server.close();
    }
    await expect(assertPortFree(await findFreePort(), "x", "Y")).resolves.toBeUndefined();
  });

  it("an unreachable DATABASE_URL says so, without printing its password", async () => {
    const failure = provideDatabase({ databaseUrl: "postgresql://me:s3cret@127.0.0.1:1/bt", dataDir: ".data/unused", embeddedPort: 0 });
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringMatching(/Cannot reach the database.*\*\*\*/) });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining("s3cret") });
    expect(redact("postgresql://me:s3cret@db/bt")).toBe("postgresql://me:***@db/bt");
  });

  it("a data folder that cannot be created names the folder and the variable", async () => {
    // A path below a regular file can never be a folder, whoever runs the test (root included).
    const failure = startEmbeddedPostgres({ dataDir: "package.json/data", port: 0 });
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining("cannot be written"), fix: expect.stringContaining("BACKTRACK_DATA_DIR") });
  });
});
