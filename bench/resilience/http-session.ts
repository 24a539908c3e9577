/*
 * A signed-in client of the running app, as a browser is: next-auth's cookies
 * kept between requests, and this site's Origin on writes (the CSRF check).
 */

/** Cookies by name, from Set-Cookie headers. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";", 1)[0] ?? "";
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /;\s*max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  list(): { name: string; value: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }
}

export interface THttpSession {
  readonly baseUrl: string;
  /** `fetch` on this app with the session's cookies (and Origin on writes); keeps cookies it is sent. */
  request(pathname: string, init?: RequestInit & { timeoutMs?: number }): Promise<Response>;
  /** The session's cookies, e.g. for a browser to take over the session. */
  cookies(): { name: string; value: string }[];
}

/** `cookies`: start from another session's cookies (the same sign-in, used against another instance). */
export function httpSession(baseUrl: string, cookies: { name: string; value: string }[] = []): THttpSession {
  const jar = new CookieJar();
  for (const cookie of cookies) jar.set(cookie.name, cookie.value);
  return {
    baseUrl,
    async request(pathname, init = {}) {
      const { timeoutMs = 10_000, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set("cookie", jar.header());
      if ((rest.method ?? "GET") !== "GET") headers.set("origin", baseUrl);
      const response = await fetch(`${baseUrl}${pathname}`, { ...rest, headers, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      jar.keep(response);
      return response;
    },
    cookies: () => jar.list(),
  };
}

/** Signs in through next-auth's credentials callback (CSRF token first), as the sign-in form does. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<THttpSession> {
  const session = httpSession(baseUrl);
  const { csrfToken } = (await (await session.request("/api/auth/csrf")).json()) as { csrfToken: string };
  const callback = await session.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  await callback.arrayBuffer();
  const me = await session.request("/api/v1/me");
  if (me.status !== 200) throw new Error(`Signing in as ${email} failed: /api/v1/me answered ${me.status} after the callback's ${callback.status}.`);
  await me.arrayBuffer();
  return session;
}
