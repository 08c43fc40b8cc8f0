import type { DomainHandlers } from './context';

// PLACEHOLDER: each channel throws until its helper writes it (issue 6).
function notYet(): never {
  throw new Error('not implemented yet');
}

export const housingSettingsHandlers: DomainHandlers<'housingSettings'> = {
  async get() {
    return notYet();
  },
  async update() {
    return notYet();
  },
};
