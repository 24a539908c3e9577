import { isIP } from "node:net";

/**
 * The caller's address, given the socket's peer and the X-Forwarded-For header.
 *
 * With `trustedHops` proxies of ours in front, each appends the address it saw to
 * X-Forwarded-For, so the last `trustedHops` entries are written by us and everything
 * to their left by the client. The caller is the `trustedHops`-th entry from the right.
 * With no proxy (0), the header is the client's own words and the socket is the truth.
 * A header shorter than the hop count, or an entry that is not an address, cannot be
 * ours: then the socket's address (the nearest proxy) is the honest answer.
 */
export function resolveClientAddress(input: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const socket = normalizeAddress(input.socketAddress) ?? "unknown";
  if (input.trustedHops <= 0 || input.forwardedFor === undefined) return socket;
  const header = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : input.forwardedFor;
  const entries = header.split(",");
  if (entries.length < input.trustedHops) return socket;
  return normalizeAddress(entries[entries.length - input.trustedHops]) ?? socket;
}

/** A bare IPv4 or IPv6 address, without brackets, port or IPv4-mapped prefix; null when not an address. */
export function normalizeAddress(raw: string | undefined): string | null {
  let value = raw?.trim();
  if (!value) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}
