import { z } from "zod";
import { Condition } from "../db/generated/enums";
import { defineEndpoint } from "../api/endpoint-contract";

export const ZConditionList = z.object({
  conditions: z.array(z.object({ code: z.enum(Condition), label: z.string() })),
});

export const listConditionsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/conditions",
  summary: "The primary conditions an episode can have, with their plain-language names",
  tag: "Library",
  roles: ["public"],
  response: ZConditionList,
});
