import { z } from 'zod';
import { defineChannel } from '../../define';
import { emailField, idField, notesField, pageFields, phoneField, requiredNameField, searchField } from '../../fields';
import type { CsvFile } from '../../csv-files';
import { CONTACT_KINDS, type Contact, type Page } from '../../../domain/directory';

export const contactFields = {
  schoolId: idField.nullable(),
  kind: z.enum(CONTACT_KINDS),
  firstName: requiredNameField,
  lastName: requiredNameField,
  email: emailField,
  phone: phoneField,
  /** Must be a user holding the `teacher` role, linked to no other contact. */
  userId: idField.nullable(),
  notes: notesField,
};

const contactFilters = {
  schoolId: idField.optional(),
  kinds: z.array(z.enum(CONTACT_KINDS)).max(CONTACT_KINDS.length).optional(),
  search: searchField.optional(),
};

export const contactsChannels = {
  list: defineChannel<Page<Contact>>()({
    input: z.strictObject({
      ...contactFilters,
      sortBy: z.enum(['lastName', 'schoolName', 'kind']).optional(),
      ...pageFields,
    }),
    access: ['coordinator'],
    writes: false,
  }),
  create: defineChannel<Contact>()({ input: z.strictObject(contactFields), access: ['coordinator'], writes: true }),
  update: defineChannel<Contact>()({
    input: z.strictObject({ id: idField, ...contactFields }),
    access: ['coordinator'],
    writes: true,
  }),
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
  exportCsv: defineChannel<CsvFile>()({ input: z.strictObject(contactFilters), access: ['coordinator'], writes: false }),
  /** Accounts with the `teacher` role, to link a contact to (id and display name only). */
  teacherAccounts: defineChannel<{ id: number; displayName: string; contactId: number | null }[]>()({
    input: z.strictObject({}),
    access: ['coordinator'],
    writes: false,
  }),
};
