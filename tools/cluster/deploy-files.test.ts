import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENV_KEYS, parseEnv } from "../../lib/config/env";

/*
 * Docker is not available where the tests run, so the deployment files are
 * checked for what would otherwise fail only on a clinic's server: a variable
 * the app does not read (a typo is silently ignored), a replica that trusts the
 * wrong number of proxies, a health check on an endpoint that does not exist.
 */
const deploy = (file: string) => readFileSync(path.join("deploy", file), "utf8");

type TService = {
  image?: string;
  build?: { context: string; dockerfile: string; target: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  command?: unknown;
  stop_grace_period?: string;
};
const compose = parse(deploy("compose.yaml"), { merge: true }) as { services: Record<string, TService> };
const services = compose.services;
const appServices = Object.entries(services).filter(([, service]) => service.build?.target === "runtime");

/** What an operator would put in deploy/.env (see .env.example); secrets are any 32+ characters. */
const STAND_INS: Record<string, string> = { BACKTRACK_DOMAIN: "portal.clinic.example", SMTP_URL: "smtp://user:secret@mail.clinic.example:587" };

/** Compose's ${NAME:?message} / ${NAME:-default} interpolation, with a stand-in value for each. */
function interpolated(value: string): string {
  return value.replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_match, name: string, kind: string | undefined, fallback: string | undefined) =>
    STAND_INS[name] ?? (kind === "-" && fallback ? fallback : `x${"y".repeat(40)}`),
  );
}

describe("deploy/compose.yaml", () => {
  it("runs PostgreSQL 18, a one-shot migration, two replicas of the runtime image and Caddy", () => {
    expect(services.postgres?.image).toBe("postgres:18");
    expect(services.migrate?.build?.target).toBe("migrate");
    expect(services.migrate?.depends_on?.postgres?.condition).toBe("service_healthy");
    expect(appServices.map(([name]) => name)).toEqual(["app-1", "app-2"]);
    expect(services.caddy?.image).toMatch(/^caddy:2/);
    for (const [, service] of appServices) {
      expect(service.build).toEqual({ context: "..", dockerfile: "deploy/Dockerfile", target: "runtime" });
      expect(service.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    }
  });

  it("sets only variables lib/config/env.ts reads, and values it accepts", () => {
    for (const [name, service] of [...appServices, ["migrate", services.migrate!] as const]) {
      const environment = service.environment ?? {};
      expect(Object.keys(environment).filter((key) => !(ENV_KEYS as string[]).includes(key)), name).toEqual([]);
      const values = Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, interpolated(String(value))]));
      expect(() => parseEnv(values), name).not.toThrow();
    }
  });

  it("gives the replicas the app's role, one trusted proxy, live mode, a shared secret and an https address", () => {
    for (const [, service] of appServices) {
      const environment = service.environment ?? {};
      expect(environment.DATABASE_URL).toMatch(/^postgresql:\/\/backtrack_app:/);
      expect(environment.DATABASE_OWNER_URL).toBeUndefined();
      expect(environment.TRUST_PROXY_HOPS).toBe("1");
      expect(environment.BACKTRACK_MODE).toBe("live");
      expect(environment.NEXTAUTH_SECRET).toBe("${NEXTAUTH_SECRET:?set it in deploy/.env}");
      expect(environment.NEXTAUTH_URL).toMatch(/^https:\/\//);
      // Docker's SIGKILL must come after the server's own 10 s deadline.
      expect(Number.parseInt(service.stop_grace_period ?? "10", 10)).toBeGreaterThan(10);
    }
    expect(services.migrate?.environment?.DATABASE_OWNER_URL).toMatch(/^postgresql:\/\/backtrack_owner:/);
  });
});

describe("deploy/Caddyfile", () => {
  const caddyfile = deploy("Caddyfile");

  it("balances over both replicas, checks their readiness and passes one X-Forwarded-For hop", () => {
    const upstreams = /reverse_proxy ([^{]+)\{/.exec(caddyfile)?.[1]?.trim().split(/\s+/);
    expect(upstreams).toEqual(appServices.map(([name]) => `${name}:3000`));
    expect(caddyfile).toContain("health_uri /api/health/ready");
    expect(caddyfile).toContain("header_up X-Forwarded-For {remote_host}");
  });
});

describe("deploy/Dockerfile", () => {
  const dockerfile = deploy("Dockerfile");
  const runtime = dockerfile.slice(dockerfile.indexOf("AS runtime"));

  it("serves Next's standalone output with our server, as a user that is not root", () => {
    expect(dockerfile).toContain("BACKTRACK_STANDALONE=1");
    expect(readFileSync("next.config.ts", "utf8")).toContain('process.env.BACKTRACK_STANDALONE === "1" ? "standalone"');
    expect(dockerfile).toContain("tools/server/server-cli.ts");
    const user = [...runtime.matchAll(/^USER (\S+)/gm)].at(-1)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)$/);
    expect(runtime).toMatch(/COPY --from=build \/app\/prisma\/migrations/);
    expect(runtime).toMatch(/COPY --from=build \/app\/content/);
  });

  it("checks health on the readiness endpoint", () => {
    expect(runtime).toMatch(/HEALTHCHECK[\s\S]*\/api\/health\/ready/);
  });
});
