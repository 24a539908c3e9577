/** Whether the portal's public address (NEXTAUTH_URL) is served over TLS, whoever terminates it. */
export function isHttpsAddress(publicUrl: string | undefined): boolean {
  return publicUrl !== undefined && new URL(publicUrl).protocol === "https:";
}

/** Whether `publicUrl` points at this machine only, where plain http leaks nothing onto a network. */
export function isLoopbackAddress(publicUrl: string): boolean {
  const host = new URL(publicUrl).hostname.toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "[::1]") return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/** The HSTS header for an https portal: a year, subdomains included (no preload: that is the clinic's decision). */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return isHttpsAddress(publicUrl) ? "max-age=31536000; includeSubDomains" : null;
}
