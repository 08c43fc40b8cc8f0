import type { HousingHousehold } from '../../../../shared/domain/housing/people';

/** Issue 20: filled in by its own lane. */
export function InformationNoticeBlock(_props: { household: HousingHousehold }) {
  return null;
}
