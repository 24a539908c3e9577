/*
 * Signing in as a real user, the way the sign-in form does (and
 * e2e/support/accounts.ts signInByApi): next-auth's CSRF token first, then
 * its credentials callback. What comes back is the Cookie header to send with
 * every request of that user.
 */

export interface TSession {
  email: string;
  /** `name=value; name=value` of the cookies the sign-in set. */
  cookie: string;
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

function mergeCookies(...lists: string[][]): string {
  const jar = new Map<string, string>();
  for (const pair of lists.flat()) {
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<TSession> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: mergeCookies(csrfCookies), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookie = mergeCookies(csrfCookies, cookiePairs(callback));
  if (!callback.ok || !cookie.includes("session-token")) throw new Error(`Signing in as ${email} failed (${callback.status}).`);
  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`Signed in as ${email}, but GET /api/v1/me answered ${me.status}.`);
  return { email, cookie };
}

/** Signs in every email, `parallel` at a time (each sign-in costs a scrypt hash on the server). */
export async function signInAll(baseUrl: string, emails: string[], password: string, parallel = 4): Promise<TSession[]> {
  const sessions: TSession[] = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const index = next++;
      sessions[index] = await signIn(baseUrl, emails[index]!, password);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, emails.length) }, worker));
  return sessions;
}
