import type { DomainHandlers } from './context';

// PLACEHOLDER: each channel throws until its helper writes it (issue 6).
function notYet(): never {
  throw new Error('not implemented yet');
}

export const registrationsHandlers: DomainHandlers<'registrations'> = {
  async list() {
    return notYet();
  },
  async registration() {
    return notYet();
  },
  async create() {
    return notYet();
  },
  async update() {
    return notYet();
  },
  async end() {
    return notYet();
  },
  async recordContact() {
    return notYet();
  },
  async deleteContact() {
    return notYet();
  },
  async delete() {
    return notYet();
  },
  async tasks() {
    return notYet();
  },
  async endProposals() {
    return notYet();
  },
};
