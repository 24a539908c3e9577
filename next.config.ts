import type { NextConfig } from "next";
import { getEnv } from "./lib/config/env";

/*
 * TypeScript so that the configuration is parsed here, at build and start,
 * with the same schema the app uses: a bad variable stops `next build` /
 * `next start` with its name instead of failing on the first request. Next.js
 * transpiles next.config.ts and the files it imports (Node 20 cannot import
 * .ts itself, so a next.config.js could not load lib/config/env.ts).
 */
getEnv();

/*
 * Pages get their Content-Security-Policy, with a fresh nonce each, from proxy.ts.
 * JSON answers load nothing and are never framed. Headers that depend on run-time
 * settings (HSTS) come from the production server (tools/server): these are fixed
 * at build time.
 */
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The container image (deploy/Dockerfile) sets this: .next/standalone then holds the app
  // with only the node_modules it needs. `npm start` and `npm test` serve from the checkout
  // and skip the copy (and Next's warning that `next start` does not serve standalone builds).
  output: process.env.BACKTRACK_STANDALONE === "1" ? "standalone" : undefined,
  // Titles in <head> for every visitor, not streamed in after the content: a screen
  // reader announces the page title as the page loads (WCAG 2.4.2), and axe checks it then.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

export default nextConfig;
