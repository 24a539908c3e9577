import type { Prisma } from "../db/generated/client";

/*
 * The patient's current episode: the ACTIVE one, or when there is none the
 * latest DISCHARGED one. A discharged patient can still check in on the
 * episode they were discharged from (maintenance), and its trend summary is
 * kept; a new problem starts a new ACTIVE episode, which then comes first.
 * Postgres sorts an enum in declaration order (ACTIVE, CLOSED, DISCHARGED),
 * so "status ascending" puts ACTIVE before DISCHARGED.
 */

export const CURRENT_EPISODE_WHERE = { status: { in: ["ACTIVE", "DISCHARGED"] } } satisfies Prisma.EpisodeWhereInput;

export const CURRENT_EPISODE_ORDER = [{ status: "asc" }, { onsetDate: "desc" }, { createdAt: "desc" }] satisfies Prisma.EpisodeOrderByWithRelationInput[];
