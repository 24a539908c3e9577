import { z } from "zod";
import { defineEndpoint } from "../api/endpoint-contract";
import { ZPatientParams } from "../api/path-params";
import { Condition, EpisodeStatus } from "../db/generated/enums";
import { ZEpisodeInput } from "./episode-input";
import type { TEpisodeView } from "./episode-view";

const ZEpisode = z.object({
  id: z.string(),
  /** Calendar date in the patient's time zone, YYYY-MM-DD. */
  onsetDate: z.string(),
  primaryCondition: z.enum(Condition),
  status: z.enum(EpisodeStatus),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
});

/** An episode as the API sends it. */
export function episodeToJson(episode: TEpisodeView): z.input<typeof ZEpisode> {
  return { ...episode, closedAt: episode.closedAt?.toISOString() ?? null, createdAt: episode.createdAt.toISOString() };
}

export const listEpisodesEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/patients/{patientId}/episodes",
  summary: "The patient's pain episodes, newest first: the current (ACTIVE) one, then the closed ones",
  tag: "Patients",
  roles: ["CLINICIAN", "PATIENT"],
  params: ZPatientParams,
  response: z.object({ episodes: z.array(ZEpisode) }),
});

export const startEpisodeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/episodes",
  summary: "Start a new episode for a new problem: the current one is closed and kept in the history",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZEpisodeInput,
  response: ZEpisode,
  otherResponses: { 409: "The current episode already has this onset date and condition (e.g. a repeated request): nothing new was started." },
});

export const correctCurrentEpisodeEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/patients/{patientId}/episodes/current",
  summary: "Correct the current episode's onset date and primary condition",
  tag: "Patients",
  roles: ["CLINICIAN"],
  params: ZPatientParams,
  body: ZEpisodeInput,
  response: ZEpisode,
  otherResponses: { 404: "The patient has no current episode (or is not yours to see)." },
});
