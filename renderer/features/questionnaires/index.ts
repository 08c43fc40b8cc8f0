/**
 * What other features may use of the questionnaires: the answer import, offered on the calendar's event
 * sheet for each administration. The entry grid's address is in `./links`.
 */
export { ImportAnswersButton } from './import/ImportAnswersButton';
