/**
 * What other features may use of privacy (issue 20): the settings tab, and the pieces of a household's sheet
 * (a person's data export, the information notice).
 */
export { PrivacyTab } from './PrivacyTab';
export { PersonDataExportButton } from './personal-data/PersonDataExportButton';
export { InformationNoticeBlock } from './information-notice/InformationNoticeBlock';
