import type { TDatabase } from "../db/client";
import { lockPatientProfile } from "../patients/lock-patient-profile";
import { CHANGE_RULE_VERSION } from "../trends/change-from-baseline";
import { refreshEpisodeSummary } from "./refresh-episode-summary";

/** Summaries read per round; each patient is then recomputed in a transaction of their own. */
export const STALE_SUMMARY_BATCH = 200;

/*
 * A stored summary keeps the change classification it was computed with.
 * When the rule changes (CHANGE_RULE_VERSION), rows written under an older
 * rule would keep their old answer until the patient's next check-in, and the
 * patient list's filters (worse=1, risk=1) read those rows directly. So at
 * start-up every row of an older rule is recomputed from the check-ins.
 *
 * Batched by episode id (a keyset, so a row that could not be rewritten
 * cannot loop), one patient per transaction under the patient's row lock,
 * like every other summary write, so a check-in saved meanwhile by a running
 * instance is never overwritten by an older computation.
 */
export async function refreshStaleEpisodeSummaries(db: TDatabase, batchSize: number = STALE_SUMMARY_BATCH): Promise<number> {
  let refreshed = 0;
  let after = "";
  for (;;) {
    const stale = await db.episodeTrendSummary.findMany({
      where: { ruleVersion: { lt: CHANGE_RULE_VERSION }, episodeId: { gt: after } },
      orderBy: { episodeId: "asc" },
      take: batchSize,
      select: { episodeId: true, episode: { select: { patientId: true } } },
    });
    if (stale.length === 0) return refreshed;
    for (const { episode } of stale) {
      await db.$transaction(async (tx) => {
        await lockPatientProfile(tx, episode.patientId);
        await refreshEpisodeSummary(tx, episode.patientId);
      });
    }
    refreshed += stale.length;
    after = stale.at(-1)!.episodeId;
  }
}
