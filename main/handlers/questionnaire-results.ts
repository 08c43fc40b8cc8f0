import type { DomainHandlers } from './context';

// PLACEHOLDER while issue 5 is being built in parallel: every handler below is replaced by the real one.
const notBuiltYet = (): never => {
  throw new Error('questionnaireResults: not built yet');
};

export const questionnaireResultsHandlers: DomainHandlers<'questionnaireResults'> = {
  pairing: notBuiltYet,
  decidePair: notBuiltYet,
  analysis: notBuiltYet,
  feedback: notBuiltYet,
  answersCsv: notBuiltYet,
  codebookCsv: notBuiltYet,
  impactReportPdf: notBuiltYet,
};
