import type { DomainHandlers } from './context';

// PLACEHOLDER: each channel throws until its helper writes it (issue 6).
function notYet(): never {
  throw new Error('not implemented yet');
}

export const housingReportsHandlers: DomainHandlers<'housingReports'> = {
  async home() {
    return notYet();
  },
  async report() {
    return notYet();
  },
  async reportPdf() {
    return notYet();
  },
};
