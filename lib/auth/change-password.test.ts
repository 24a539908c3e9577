import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { TryLaterError } from "../errors/domain-errors";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";
import { THROTTLE_RULES } from "./sign-in-throttle";

describe("changePassword throttling", () => {
  const database = useTestDatabase();
  beforeAll(() => seedDemoData(database.db, { password: "backtrack-demo" }));

  it("after 5 wrong current passwords, even the right one is refused for a while (no more hashing)", async () => {
    const viewer = await viewerFor(database.db, "tom@riverside.example");
    const attempt = (currentPassword: string) => changePassword(database.db, viewer, { currentPassword, newPassword: "quiet rivers run deep" });
    for (let index = 0; index < THROTTLE_RULES.account.maxFailures; index++) {
      await expect(attempt(`wrong current ${index}`)).rejects.toMatchObject({ fields: { currentPassword: [expect.any(String)] } });
    }
    const refused = await attempt("backtrack-demo").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TryLaterError);
    expect((refused as TryLaterError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The password did not change.
    const { passwordHash } = await database.db.user.findUniqueOrThrow({ where: { id: viewer.userId } });
    expect(await verifyPassword("backtrack-demo", passwordHash!)).toBe(true);
  });

  it("a concurrent burst of wrong guesses is held to the limit", async () => {
    const viewer = await viewerFor(database.db, "aisha@riverside.example");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => changePassword(database.db, viewer, { currentPassword: `guess ${index}`, newPassword: "quiet rivers run deep" })),
    );
    const refusedUpFront = results.filter((result) => result.status === "rejected" && result.reason instanceof TryLaterError).length;
    expect(refusedUpFront).toBeGreaterThanOrEqual(20 - THROTTLE_RULES.account.maxFailures);
  });
});
