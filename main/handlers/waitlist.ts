import type { DomainHandlers } from './context';

// PLACEHOLDER: each channel throws until its helper writes it (issue 6).
function notYet(): never {
  throw new Error('not implemented yet');
}

export const waitlistHandlers: DomainHandlers<'waitlist'> = {
  async list() {
    return notYet();
  },
  async add() {
    return notYet();
  },
  async update() {
    return notYet();
  },
  async close() {
    return notYet();
  },
  async reopen() {
    return notYet();
  },
};
