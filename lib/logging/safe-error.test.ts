import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tools/testing/test-database";
import { maskValues, safeErrorFields } from "./safe-error";

describe("safeErrorFields", () => {
  it("keeps the type, code and frames, and masks values in the message", () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "User_email_key"\nKey (email)=(maria@riverside.example) already exists.'), {
      code: "23505",
      detail: "Key (email)=(maria@riverside.example) already exists.",
    });
    const fields = safeErrorFields(error);
    expect(fields).toMatchObject({ type: "Error", code: "23505", message: 'duplicate key value violates unique constraint "…"' });
    expect(fields.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(fields)).not.toContain("maria");
  });

  it("masks key=(value) pairs, quoted text and email addresses", () => {
    expect(maskValues("Key (email)=(ken@riverside.example) exists")).toBe("Key (email)=(…) exists");
    expect(maskValues("invalid input syntax for type integer: 'Ken Watanabe'")).toBe("invalid input syntax for type integer: '…'");
    expect(maskValues("could not send to noah@harbor.example")).toBe("could not send to …@…");
  });

  it("says what a thrown non-Error was without its content", () => {
    expect(safeErrorFields({ name: "Maria Lopez" })).toEqual({ type: "object", message: "(not an Error)" });
  });
});

describe("Prisma's errors, as the app's client makes them", () => {
  const database = useTestDatabase();

  it("carry no argument values once logged", async () => {
    const clinic = await database.db.clinic.create({ data: { slug: "log-test", name: "Log Test Clinic" } });
    const user = { email: "aisha.logtest@riverside.example", name: "Aisha Logtest", role: "PATIENT" as const, clinicId: clinic.id };
    await database.db.user.create({ data: user });
    const duplicate = await database.db.user.create({ data: user }).catch((error: unknown) => error);
    // A value of the wrong type: the default error format would print the whole call, arguments and all.
    const invalid = await database.db.user
      .create({ data: { ...user, email: "aisha.second@riverside.example", name: 42 as unknown as string } })
      .catch((error: unknown) => error);
    for (const error of [duplicate, invalid]) {
      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify(safeErrorFields(error))).not.toMatch(/aisha|Logtest/i);
    }
    expect(safeErrorFields(duplicate)).toMatchObject({ code: "P2002", message: expect.stringContaining("Unique constraint failed") });
    expect(safeErrorFields(invalid).message).toContain("Argument `name`: Invalid value provided");
  });
});
