/** What other features may use of the directory: the school picker (a loan's borrower), and schools, classes,
 * partners and facilitators as options (the activity form, the calendar filter, the results' scope). */
export { SchoolSelect, type SchoolOption } from './common/SchoolSelect';
export { useClassOptions, useFacilitatorOptions, usePartnerOptions, useSchoolOptions } from './option-queries';
