import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, TOTP_PERIOD_SECONDS, totpUri } from "./two-factor-codes";
import { decryptTwoFactorSecret, encryptTwoFactorSecret } from "./two-factor-secret";
import { twoFactorStep } from "./two-factor-step";

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const shift = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

describe("time-based codes (RFC 6238)", () => {
  const secret = newTotpSecret();
  // The middle of a 30-second step, so "one step either side" is exact.
  const now = new Date(Math.floor(Date.UTC(2026, 11, 1, 9) / 30_000) * 30_000 + 15_000);

  it("accepts the current code and those one step before and after, nothing further", async () => {
    expect(await matchTotp(secret, await codeAt(secret, now), now, null)).not.toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, shift(now, -TOTP_PERIOD_SECONDS)), now, null)).not.toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, shift(now, TOTP_PERIOD_SECONDS)), now, null)).not.toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, shift(now, -2 * TOTP_PERIOD_SECONDS)), now, null)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, shift(now, 2 * TOTP_PERIOD_SECONDS)), now, null)).toBeNull();
    expect(await matchTotp(newTotpSecret(), await codeAt(secret, now), now, null)).toBeNull();
    expect(await matchTotp(secret, "12345", now, null)).toBeNull();
  });

  it("refuses a code of a step already used", async () => {
    const step = await matchTotp(secret, await codeAt(secret, now), now, null);
    expect(await matchTotp(secret, await codeAt(secret, now), now, step)).toBeNull();
    expect(await matchTotp(secret, await codeAt(secret, shift(now, TOTP_PERIOD_SECONDS)), now, step)).toBe(step! + 1);
  });

  it("makes an otpauth URI an authenticator app reads: issuer, account, 6 digits, 30 s", () => {
    const uri = new URL(totpUri(secret, "lee@riverside.example"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("BackTrack");
    expect(uri.searchParams.get("digits") ?? "6").toBe("6");
    expect(uri.searchParams.get("period") ?? "30").toBe("30");
  });
});

describe("recovery codes", () => {
  it("are 10 different codes, hashed per user, typed in any case with or without the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [code] = codes;
    expect(hashRecoveryCode("user-1", code!)).toBe(hashRecoveryCode("user-1", ` ${code!.toUpperCase().replace("-", " ")} `.trim()));
    expect(hashRecoveryCode("user-1", code!)).not.toBe(hashRecoveryCode("user-2", code!));
    expect(hashRecoveryCode("user-1", code!)).not.toContain(normalizeRecoveryCode(code!));
  });
});

describe("the stored secret", () => {
  const appSecret = "a".repeat(40);

  it("round-trips through AES-256-GCM and is not readable at rest", () => {
    const secret = newTotpSecret();
    const stored = encryptTwoFactorSecret(secret, appSecret);
    expect(stored).not.toContain(secret);
    expect(encryptTwoFactorSecret(secret, appSecret)).not.toBe(stored);
    expect(decryptTwoFactorSecret(stored, appSecret)).toBe(secret);
  });

  it("refuses a changed value, another app secret and a missing one", () => {
    const stored = encryptTwoFactorSecret("JBSWY3DPEHPK3PXP", appSecret);
    const parts = stored.split(".");
    const tampered = [...parts.slice(0, 3), Buffer.from("XXXXXXXXXXXXXXXX").toString("base64url")].join(".");
    expect(() => decryptTwoFactorSecret(tampered, appSecret)).toThrow();
    expect(() => decryptTwoFactorSecret(stored, "b".repeat(40))).toThrow();
    expect(() => encryptTwoFactorSecret("JBSWY3DPEHPK3PXP", undefined)).toThrow(/NEXTAUTH_SECRET/);
  });
});

describe("who owes the second step", () => {
  const enabledAt = new Date("2026-11-01T00:00:00Z");
  const clinician = { role: "CLINICIAN" as const, twoFactorEnabledAt: null, twoFactorExempt: false };

  it("staff must set it up, except demo accounts in demo mode; live mode ignores the exemption", () => {
    expect(twoFactorStep(clinician, null, "demo")).toBe("setup");
    expect(twoFactorStep({ ...clinician, role: "ADMIN" }, null, "live")).toBe("setup");
    expect(twoFactorStep({ ...clinician, twoFactorExempt: true }, null, "demo")).toBeNull();
    expect(twoFactorStep({ ...clinician, twoFactorExempt: true }, null, "live")).toBe("setup");
  });

  it("patients only when they turned it on; anyone with it on enters a code once per session", () => {
    expect(twoFactorStep({ ...clinician, role: "PATIENT" }, null, "live")).toBeNull();
    expect(twoFactorStep({ ...clinician, role: "PATIENT", twoFactorEnabledAt: enabledAt }, null, "demo")).toBe("verify");
    expect(twoFactorStep({ ...clinician, twoFactorExempt: true, twoFactorEnabledAt: enabledAt }, null, "demo")).toBe("verify");
    expect(twoFactorStep({ ...clinician, twoFactorEnabledAt: enabledAt }, new Date("2026-11-02T00:00:00Z"), "live")).toBeNull();
    // Verified before the current set-up (after an admin reset): not good enough.
    expect(twoFactorStep({ ...clinician, twoFactorEnabledAt: enabledAt }, new Date("2026-10-31T00:00:00Z"), "live")).toBe("verify");
  });
});
