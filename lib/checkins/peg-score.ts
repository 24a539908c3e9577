/** The three weekly PEG-3 answers (Krebs et al. 2009) as stored: all three or none. */
export type TPegAnswers = { pegPain: number | null; pegEnjoyment: number | null; pegActivity: number | null };

/** The PEG score everywhere the app shows or exports it: the mean of the three answers to one decimal; null when they were not asked. */
export function pegScoreOf({ pegPain, pegEnjoyment, pegActivity }: TPegAnswers): number | null {
  if (pegPain === null || pegEnjoyment === null || pegActivity === null) return null;
  return Math.round(((pegPain + pegEnjoyment + pegActivity) / 3) * 10) / 10;
}
