import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZTwoFactorCode } from "./two-factor-input";

/*
 * The only endpoints a "half signed in" session (password given, second step
 * owed) may call; their routes resolve the viewer with getTwoFactorViewer.
 */

export const startTwoFactorSetupEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/account/two-factor/setup",
  summary: "Start setting up two-factor sign-in: the secret for an authenticator app, as text, otpauth URI and QR code (SVG)",
  tag: "Account",
  roles: ["ADMIN", "CLINICIAN", "PATIENT"],
  response: z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() }),
  otherResponses: { 409: "Two-factor sign-in is already on." },
});

export const confirmTwoFactorSetupEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/account/two-factor/confirm",
  summary: "Turn two-factor sign-in on with a code from the app; answers 10 single-use recovery codes, shown only this once",
  tag: "Account",
  roles: ["ADMIN", "CLINICIAN", "PATIENT"],
  body: ZTwoFactorCode,
  response: z.object({ recoveryCodes: z.array(z.string()) }),
  otherResponses: { 409: "Already on, or no set-up started.", 429: "Too many wrong codes: locked for a while." },
});

export const verifyTwoFactorEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/account/two-factor/verify",
  summary: "The second sign-in step: a code from the app or a recovery code (each works once)",
  tag: "Account",
  roles: ["ADMIN", "CLINICIAN", "PATIENT"],
  body: ZTwoFactorCode,
  response: z.object({ recoveryCodesLeft: z.number().int() }),
  otherResponses: { 409: "Two-factor sign-in is not on for this account.", 429: "Too many wrong codes: locked for a while." },
});
