import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

/*
 * TypeScript so that the configuration is parsed here, at build and start,
 * with the same schema the app uses: a bad variable stops `next build` /
 * `next start` with its name instead of failing on the first request. Next.js
 * transpiles next.config.ts and the files it imports (Node 20 cannot import
 * .ts itself, so a next.config.js could not load lib/config/env.ts).
 */
const env = getEnv();
const isDev = env.NODE_ENV === "development";

/*
 * Scripts need 'unsafe-inline': Next.js's inline bootstrap scripts carry no
 * nonce unless every page is rendered dynamically. Dev mode also needs
 * 'unsafe-eval' for hot reload.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Titles in <head> for every visitor, not streamed in after the content: a screen
  // reader announces the page title as the page loads (WCAG 2.4.2), and axe checks it then.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
