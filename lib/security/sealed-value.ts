import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/*
 * Secrets the server must read back (a TOTP secret to check codes, the VAPID
 * private key to sign push requests) are encrypted rather than hashed:
 * AES-256-GCM under a key derived from NEXTAUTH_SECRET with HKDF-SHA256
 * (RFC 5869). Each kind of secret names its own purpose (HKDF "info"), so one
 * derived key never serves two uses. A copy of the database alone yields no
 * secret. Stored as "v1.<iv>.<tag>.<ciphertext>" (base64url), so the scheme can change.
 */

const VERSION = "v1";

export class SealedValueError extends Error {}

function keyFor(purpose: string, appSecret: string | undefined): Buffer {
  if (!appSecret) throw new SealedValueError("NEXTAUTH_SECRET is needed to store encrypted secrets.");
  return Buffer.from(hkdfSync("sha256", appSecret, Buffer.alloc(0), purpose, 32));
}

export function sealValue(plain: string, purpose: string, appSecret: string | undefined): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose, appSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plain value, or a SealedValueError when it was altered, the key changed or the purpose differs (GCM checks all three). */
export function openSealedValue(sealed: string, purpose: string, appSecret: string | undefined): string {
  const [version, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new SealedValueError("Unknown encrypted value format.");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose, appSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedValueError("The encrypted value cannot be read: it was altered, or NEXTAUTH_SECRET changed.");
  }
}
