import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { getEnv } from "../../lib/config/env";

export const DEMO_PASSWORD = getEnv().DEMO_PASSWORD;

export const PERSONAS = {
  patientA: "maria@riverside.example",
  patientB: "james@riverside.example",
  clinician1: "lee@riverside.example",
  clinician2: "kim@harbor.example",
  admin: "admin@riverside.example",
} as const;

export type TPersonaName = keyof typeof PERSONAS | "anonymous";

/**
 * Signs in through next-auth's own credentials endpoint (CSRF token first),
 * as a browser would after the form: faster than typing, same cookies.
 * One UI sign-in test covers the form itself.
 */
export async function signInByApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
  expect((await request.get("/api/v1/me")).status(), `session for ${email}`).toBe(200);
}

/** A request context for one persona; mutations carry this site's Origin, as a browser's would. */
export async function contextFor(persona: TPersonaName, baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  if (persona !== "anonymous") await signInByApi(context, PERSONAS[persona]);
  return context;
}

export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}
