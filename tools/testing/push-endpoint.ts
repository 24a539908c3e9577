import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A push service of our own for tests: a node:http server that takes what the
 * app sends to a browser's endpoint, and a fake browser subscription holding a
 * real P-256 key pair and auth secret, so a test can check the VAPID signature
 * (RFC 8292) and decrypt the aes128gcm payload (RFC 8291 on RFC 8188) the way
 * the browser would, and see the exact JSON that was sent.
 */

export interface TPushRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface TFakeBrowser {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The plaintext of an aes128gcm body encrypted for this browser. */
  decrypt(body: Buffer): string;
}

export interface TPushEndpointServer {
  origin: string;
  requests: TPushRequest[];
  /** A subscription whose endpoint is on this server; `answer` is the status its requests get (201 by default, 410 for "gone"). */
  newBrowser(answer?: number): TFakeBrowser;
  close(): Promise<void>;
}

export async function startPushEndpoint(): Promise<TPushEndpointServer> {
  const requests: TPushRequest[] = [];
  const answers = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      requests.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(answers.get(path) ?? 404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    newBrowser(answer = 201) {
      const path = `/push/${randomBytes(12).toString("base64url")}`;
      answers.set(path, answer);
      return fakeBrowser(`${origin}${path}`);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

export function fakeBrowser(endpoint: string): TFakeBrowser {
  const ecdh = createECDH("prime256v1");
  const publicKey = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    endpoint,
    keys: { p256dh: publicKey.toString("base64url"), auth: authSecret.toString("base64url") },
    decrypt: (body) => decryptAes128gcm(body, ecdh.getPrivateKey(), publicKey, authSecret),
  };
}

/**
 * RFC 8188 framing: salt (16) | record size (uint32) | key id length (1) | key id,
 * where the key id is the sender's ephemeral public key (RFC 8291 §4). The key
 * and nonce come from RFC 8291 §3.4 then RFC 8188 §2.2-2.3.
 */
export function decryptAes128gcm(body: Buffer, browserPrivateKey: Buffer, browserPublicKey: Buffer, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body.readUInt8(20);
  const senderPublicKey = body.subarray(21, 21 + keyIdLength);
  const records = body.subarray(21 + keyIdLength);

  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(browserPrivateKey);
  const sharedSecret = ecdh.computeSecret(senderPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browserPublicKey, senderPublicKey]);
  const inputKey = Buffer.from(hkdfSync("sha256", sharedSecret, authSecret, keyInfo, 32));
  const contentKey = Buffer.from(hkdfSync("sha256", inputKey, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const baseNonce = Buffer.from(hkdfSync("sha256", inputKey, salt, Buffer.from("Content-Encoding: nonce\0"), 12));

  const plain: Buffer[] = [];
  for (let offset = 0, sequence = 0; offset < records.length; offset += recordSize, sequence++) {
    const record = records.subarray(offset, offset + recordSize);
    const nonce = Buffer.from(baseNonce);
    // The record's sequence number is XORed into the nonce's low bytes (RFC 8188 §2.3); a test payload has far fewer than 2^32 records.
    nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ sequence) >>> 0, 8);
    const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    const delimiter = padded[end];
    const last = offset + recordSize >= records.length;
    if (delimiter !== (last ? 2 : 1)) throw new Error(`Bad padding delimiter ${delimiter} in record ${sequence}.`);
    plain.push(padded.subarray(0, end));
  }
  return Buffer.concat(plain).toString("utf8");
}

export interface TVapidClaims {
  aud: string;
  exp: number;
  sub: string;
}

/**
 * Checks an `Authorization: vapid t=<JWT>, k=<public key>` header (RFC 8292 §3):
 * the key is the one expected, the JWT is ES256-signed by it, and its claims are
 * returned for the test to check (audience, expiry, contact).
 */
export function verifyVapidAuthorization(header: string | undefined, expectedPublicKey: string): TVapidClaims {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`Not a VAPID Authorization header: ${header}`);
  const [, token, key] = match as unknown as [string, string, string];
  if (key !== expectedPublicKey) throw new Error("The VAPID key in the header is not the server's public key.");
  const [headerPart, claimsPart, signaturePart] = token.split(".");
  if (!headerPart || !claimsPart || !signaturePart) throw new Error("Malformed JWT.");
  const jwtHeader = JSON.parse(Buffer.from(headerPart, "base64url").toString("utf8")) as { alg?: string; typ?: string };
  if (jwtHeader.alg !== "ES256") throw new Error(`JWT alg is ${jwtHeader.alg}, not ES256.`);
  const point = Buffer.from(key, "base64url");
  const publicKey = createPublicKey({
    key: { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
  const signed = Buffer.from(`${headerPart}.${claimsPart}`);
  // JWS carries ES256 signatures as r||s (64 bytes), not DER.
  if (!verify("sha256", signed, { key: publicKey, dsaEncoding: "ieee-p1363" }, Buffer.from(signaturePart, "base64url"))) throw new Error("The VAPID JWT signature does not verify.");
  return JSON.parse(Buffer.from(claimsPart, "base64url").toString("utf8")) as TVapidClaims;
}
