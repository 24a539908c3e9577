import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { parseEnv } from "../config/env";

/*
 * TOTP secrets must be readable by the server (to check codes), so they are
 * encrypted rather than hashed: AES-256-GCM under a key derived from
 * NEXTAUTH_SECRET with HKDF-SHA256 (RFC 5869), its own "info" so the key is
 * used for nothing else. A copy of the database alone yields no secret.
 * Stored as "v1.<iv>.<tag>.<ciphertext>" (base64url), so the scheme can change.
 */

const VERSION = "v1";
const INFO = "backtrack two-factor secret v1";

function encryptionKey(appSecret: string | undefined): Buffer {
  if (!appSecret) throw new Error("NEXTAUTH_SECRET is needed to store two-factor secrets.");
  return Buffer.from(hkdfSync("sha256", appSecret, Buffer.alloc(0), INFO, 32));
}

export function encryptTwoFactorSecret(secret: string, appSecret = parseEnv().NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(appSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret, or an error when the value was altered or the key changed (GCM checks both). */
export function decryptTwoFactorSecret(stored: string, appSecret = parseEnv().NEXTAUTH_SECRET): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Unknown two-factor secret format.");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(appSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
