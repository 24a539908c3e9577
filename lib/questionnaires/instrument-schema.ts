import { z } from "zod";

/*
 * The definition-file format of an outcome questionnaire (content/instruments/<id>.json).
 * A clinic that holds a licence for another instrument adds it as one such file,
 * without code: its items, their options, the scoring rule (a mean, a sum, one
 * item's value, or a raw-sum-to-score table as scoring manuals publish them), the
 * minimal important change and the licence terms. This file is client-safe (the
 * patient's form reads the same definition).
 */

const ZText = z.string().trim().min(1).max(2000);
const ZLinkId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "a linkId is lower-case letters, digits and dashes");

const ZCitation = z.strictObject({ text: ZText, url: z.url() });

const ZIntegerItem = z.strictObject({
  linkId: ZLinkId,
  type: z.literal("integer"),
  text: ZText,
  min: z.number().int(),
  max: z.number().int(),
  lowAnchor: ZText,
  highAnchor: ZText,
});

const ZChoiceItem = z.strictObject({
  linkId: ZLinkId,
  type: z.literal("choice"),
  text: ZText,
  /** Each option's value is what scoring uses; its text is shown, word for word. */
  options: z.array(z.strictObject({ value: z.number().int(), text: ZText })).min(2),
});

const ZTextItem = z.strictObject({ linkId: ZLinkId, type: z.literal("text"), text: ZText, maxLength: z.number().int().min(1).max(500) });

const ZAnswerItem = z.discriminatedUnion("type", [ZIntegerItem, ZChoiceItem, ZTextItem]);

/** A group asked once or repeated (the PSFS asks "an activity and its rating" up to three times). */
const ZGroupItem = z.strictObject({
  linkId: ZLinkId,
  type: z.literal("group"),
  text: ZText,
  minRepeats: z.number().int().min(0),
  maxRepeats: z.number().int().min(1).max(10),
  items: z.array(ZAnswerItem).min(1),
});

export const ZInstrumentItem = z.discriminatedUnion("type", [ZIntegerItem, ZChoiceItem, ZTextItem, ZGroupItem]);

/** Where scoring reads its numbers: a top-level item's linkId, or "<group>.<item>" for every repeat of a group's item. */
const ZScorePath = z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?$/);

export const ZScoring = z.discriminatedUnion("method", [
  z.strictObject({ method: z.literal("mean"), of: z.array(ZScorePath).min(1), decimals: z.number().int().min(0).max(3) }),
  z.strictObject({ method: z.literal("sum"), of: z.array(ZScorePath).min(1) }),
  z.strictObject({ method: z.literal("value"), of: z.tuple([ZScorePath]) }),
  /** A published raw-score conversion: the raw sum of `of` looked up in `table` (every reachable raw sum must be listed). */
  z.strictObject({ method: z.literal("table"), of: z.array(ZScorePath).min(1), table: z.record(z.string().regex(/^-?\d+$/), z.number()) }),
]);

/** "Improved by an important amount": a change from baseline of at least `points`, or (a rating of change) a score of at least `atLeast`. */
export const ZImportantChange = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("change"), points: z.number().positive(), citation: ZCitation }),
  z.strictObject({ kind: z.literal("rating"), atLeast: z.number(), citation: ZCitation }),
]);

export const ZInstrument = z.strictObject({
  id: ZLinkId,
  version: z.number().int().min(1),
  title: ZText,
  shortTitle: z.string().trim().min(1).max(40),
  /** What the patient reads before the items (ours or the instrument's, as its licence allows). */
  introduction: ZText,
  /** The LOINC panel code, or null when LOINC has none (say so in LICENSES.md). */
  loinc: z.strictObject({ code: z.string().regex(/^\d+-\d$/), display: ZText }).nullable(),
  citation: ZCitation,
  licence: z.strictObject({ name: ZText, terms: ZText, url: z.url() }),
  /** When it is asked (lib/questionnaires/schedule.ts). */
  schedule: z.strictObject({ baseline: z.boolean(), followUp: z.boolean(), rescreen: z.boolean(), discharge: z.boolean() }),
  items: z.array(ZInstrumentItem).min(1),
  scoring: ZScoring,
  range: z.strictObject({ min: z.number(), max: z.number() }),
  higherIsBetter: z.boolean(),
  importantChange: ZImportantChange,
});

export type TInstrument = z.infer<typeof ZInstrument>;
export type TInstrumentItem = z.infer<typeof ZInstrumentItem>;
export type TAnswerItem = z.infer<typeof ZAnswerItem>;
