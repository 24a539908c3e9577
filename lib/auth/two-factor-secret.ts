import { parseEnv } from "../config/env";
import { openSealedValue, sealValue } from "../security/sealed-value";

/*
 * TOTP secrets must be readable by the server (to check codes), so they are
 * encrypted rather than hashed (lib/security/sealed-value.ts: AES-256-GCM under
 * a key derived from NEXTAUTH_SECRET for this purpose only).
 */

const PURPOSE = "backtrack two-factor secret v1";

export function encryptTwoFactorSecret(secret: string, appSecret = parseEnv().NEXTAUTH_SECRET): string {
  return sealValue(secret, PURPOSE, appSecret);
}

/** The secret, or an error when the value was altered or the key changed (GCM checks both). */
export function decryptTwoFactorSecret(stored: string, appSecret = parseEnv().NEXTAUTH_SECRET): string {
  return openSealedValue(stored, PURPOSE, appSecret);
}
