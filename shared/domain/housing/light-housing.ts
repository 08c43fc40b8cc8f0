/**
 * Habitat léger (light housing, recognised in Wallonia since 1 September 2019): a dwelling qualifies when it
 * meets at least 3 of the 9 criteria (domain.md: "qualifies when it meets at least 3 of 9 criteria"). The unit
 * form shows the criteria as a checklist and says at once whether the unit qualifies.
 */

/** The 9 criteria, in the order of the Walloon housing code. */
export const LIGHT_HOUSING_CRITERIA = [
  'dismantlable', // démontable
  'movable', // transportable / déplaçable
  'small_volume', // d'un volume réduit
  'low_weight', // d'un poids réduit
  'small_footprint', // ayant une faible emprise au sol
  'self_built', // auto-construit
  'no_upper_floor', // sans étage
  'no_foundations', // sans fondations
  'not_connected', // non raccordé aux impétrants (eau, électricité, égouts)
] as const;
export type LightHousingCriterion = (typeof LIGHT_HOUSING_CRITERIA)[number];

/** How many criteria a light dwelling must meet. */
export const LIGHT_HOUSING_MIN_CRITERIA = 3;

/** The checklist as stored: a criterion absent or false is not met. */
export type LightHousingChecklist = Readonly<Partial<Record<LightHousingCriterion, boolean>>>;

/** The criteria ticked, in checklist order. Keys that are not one of the 9 criteria are ignored. */
export function metLightHousingCriteria(checklist: LightHousingChecklist): LightHousingCriterion[] {
  return LIGHT_HOUSING_CRITERIA.filter((criterion) => checklist[criterion] === true);
}

/** True when at least 3 of the 9 criteria are met. */
export function qualifiesAsLightHousing(checklist: LightHousingChecklist): boolean {
  return metLightHousingCriteria(checklist).length >= LIGHT_HOUSING_MIN_CRITERIA;
}

/** How many more criteria the dwelling needs to qualify (0 when it does): "encore 2 critères". */
export function lightHousingCriteriaMissing(checklist: LightHousingChecklist): number {
  return Math.max(0, LIGHT_HOUSING_MIN_CRITERIA - metLightHousingCriteria(checklist).length);
}
