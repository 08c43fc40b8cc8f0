/**
 * What other features may use of the questionnaires: the answer import, offered on the calendar's event
 * sheet for each administration; the results' way of showing a change per dimension (the plain sentences,
 * the chart with its intervals, the statistics table and their number format), which the Rapports
 * dashboard reuses so that the same numbers always look the same. The entry grid's address is in `./links`.
 */
export { ImportAnswersButton } from './import/ImportAnswersButton';
export { DimensionChart } from './results/DimensionChart';
export { DimensionTable } from './results/DimensionTable';
export { PlainSentences } from './results/PlainSentences';
export { lessThanText, statFormat, type StatFormat } from './results/stat-format';
