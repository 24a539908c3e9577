import { z } from "zod";

/** A record id in a path segment (cuid-like; the bound keeps junk short before any query). */
export const ZRecordId = z.string().min(1).max(64);

/** `{patientId}` in a path: every per-patient endpoint starts from it. */
export const ZPatientParams = z.object({ patientId: ZRecordId });
