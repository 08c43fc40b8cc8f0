/** What other features may use of the directory: the school picker (a loan's borrower). */
export { SchoolSelect, type SchoolOption } from './common/SchoolSelect';
