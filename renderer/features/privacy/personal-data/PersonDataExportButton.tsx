import type { HousingPerson } from '../../../../shared/domain/housing/people';

/** Issue 20: filled in by its own lane. */
export function PersonDataExportButton(_props: { person: HousingPerson }) {
  return null;
}
