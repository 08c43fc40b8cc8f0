import type { DomainHandlers } from './context';

// PLACEHOLDER while issue 5 is being built in parallel: every handler below is replaced by the real one.
const notBuiltYet = (): never => {
  throw new Error('questionnaireImport: not built yet');
};

export const questionnaireImportHandlers: DomainHandlers<'questionnaireImport'> = {
  preview: notBuiltYet,
  commit: notBuiltYet,
};
