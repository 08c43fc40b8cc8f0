import { z } from 'zod';
import { defineChannel } from '../../define';
import { emailField, idField, notesField, pageFields, phoneField, requiredNameField, searchField, shortTextField } from '../../fields';
import type { CsvFile } from '../../csv-files';
import { PARTNER_KINDS, type Facilitator, type Page, type Partner } from '../../../domain/directory';

export const partnerFields = {
  name: requiredNameField,
  kind: z.enum(PARTNER_KINDS),
  contactName: shortTextField,
  email: emailField,
  phone: phoneField,
  notes: notesField,
};

export const facilitatorFields = {
  name: requiredNameField,
  partnerId: idField.nullable(),
  email: emailField,
  phone: phoneField,
};

const facilitatorFilters = { partnerId: idField.optional(), search: searchField.optional() };

const partnerFilters = {
  kinds: z.array(z.enum(PARTNER_KINDS)).max(PARTNER_KINDS.length).optional(),
  search: searchField.optional(),
};

export const partnersChannels = {
  list: defineChannel<Page<Partner>>()({
    input: z.strictObject({ ...partnerFilters, sortBy: z.enum(['name', 'kind']).optional(), ...pageFields }),
    access: ['coordinator'],
    writes: false,
  }),
  create: defineChannel<Partner>()({ input: z.strictObject(partnerFields), access: ['coordinator'], writes: true }),
  update: defineChannel<Partner>()({
    input: z.strictObject({ id: idField, ...partnerFields }),
    access: ['coordinator'],
    writes: true,
  }),
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  exportCsv: defineChannel<CsvFile>()({ input: z.strictObject(partnerFilters), access: ['coordinator'], writes: false }),
  facilitators: defineChannel<Facilitator[]>()({
    input: z.strictObject(facilitatorFilters),
    access: ['coordinator'],
    writes: false,
  }),
  createFacilitator: defineChannel<Facilitator>()({
    input: z.strictObject(facilitatorFields),
    access: ['coordinator'],
    writes: true,
  }),
  updateFacilitator: defineChannel<Facilitator>()({
    input: z.strictObject({ id: idField, ...facilitatorFields }),
    access: ['coordinator'],
    writes: true,
  }),
  exportFacilitatorsCsv: defineChannel<CsvFile>()({
    input: z.strictObject(facilitatorFilters),
    access: ['coordinator'],
    writes: false,
  }),
  deleteFacilitator: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
};
