import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { Role } from "../db/generated/enums";
import { ZChangePassword } from "./change-password-input";

export const meEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/me",
  summary: "Who is signed in, and where their home page is",
  tag: "Account",
  roles: ["ADMIN", "CLINICIAN", "PATIENT"],
  response: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(Role), home: z.string() }),
});

export const changePasswordEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/account/password",
  summary: "Change my password; my other sessions end",
  tag: "Account",
  roles: ["ADMIN", "CLINICIAN", "PATIENT"],
  body: ZChangePassword,
  response: z.object({ changed: z.literal(true) }),
});
