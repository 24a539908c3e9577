import { RED_FLAGS } from "./red-flags";

/*
 * The cauda equina card, like the cards the NHS and GIRFT give patients (NHS
 * "Cauda equina syndrome", https://www.nhs.uk/conditions/cauda-equina-syndrome/;
 * GIRFT "National suspected cauda equina syndrome pathway", 2023,
 * https://gettingitrightfirsttime.co.uk/): the emergency signs in plain words,
 * and where to go. A serious accident is an emergency of its own, not a sign
 * of the syndrome, so it is left off the card.
 */
export const CAUDA_EQUINA_SIGNS = RED_FLAGS.filter((flag) => flag.level === "EMERGENCY" && flag.code !== "TRAUMA");

export const CAUDA_EQUINA_WHAT = "Cauda equina syndrome is a rare but serious problem where the nerves at the bottom of your spine get squashed.";

/** What the card tells someone with a sign to do: their clinic's number when known. */
export function caudaEquinaAction(emergencyNumber: string | null): string {
  return `If you have any of these, go to the emergency department now, or call ${emergencyNumber ?? "your local emergency number"}.`;
}
