import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";

export const ZUnsubscribeParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}\.[A-Z_]{1,40}\.[A-Za-z0-9_-]{43}$/, "An unsubscribe link ends in a long code.")
    .describe("The signed token from the email's List-Unsubscribe link."),
});

export const unsubscribeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/unsubscribe/{token}",
  summary: "One-click unsubscribe (RFC 8058): turns this kind of email off for the person in the signed token; no sign-in",
  tag: "Reminders",
  roles: ["public"],
  params: ZUnsubscribeParams,
  response: z.object({ ok: z.literal(true) }),
  otherResponses: { 400: "Not a valid unsubscribe link.", 404: "The link does not work (changed key or unknown account)." },
});

export const unsubscribeLinkEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/unsubscribe/{token}",
  summary: "Opening the unsubscribe link: changes nothing, redirects (303) to the confirmation page",
  tag: "Reminders",
  roles: ["public"],
  params: ZUnsubscribeParams,
  response: z.string().describe("Empty: the answer is a 303 redirect."),
  responseType: "text/html",
  otherResponses: { 303: "To the confirmation page.", 400: "Not a valid unsubscribe link." },
});
