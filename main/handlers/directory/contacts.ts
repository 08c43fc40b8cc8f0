import { createContact, deleteContact, listContacts, listTeacherAccounts, updateContact } from '../../services/directory/contacts';
import { exportContacts } from '../../services/directory/csv-export';
import { serviceContext, type DomainHandlers } from '../context';

export const contactsHandlers: DomainHandlers<'contacts'> = {
  async list(ctx, input) {
    return listContacts(ctx.db, input);
  },

  async create(ctx, input) {
    const contact = await createContact(serviceContext(ctx), input);
    await ctx.audit({ action: 'contact.create', entity: 'contact', entityId: contact.id });
    return contact;
  },

  async update(ctx, input) {
    const contact = await updateContact(serviceContext(ctx), input);
    await ctx.audit({ action: 'contact.update', entity: 'contact', entityId: contact.id });
    return contact;
  },

  async delete(ctx, input) {
    await deleteContact(ctx.db, input.id);
    await ctx.audit({ action: 'contact.delete', entity: 'contact', entityId: input.id });
    return null;
  },

  async exportCsv(ctx, input) {
    return exportContacts(serviceContext(ctx), input);
  },

  async teacherAccounts(ctx) {
    return listTeacherAccounts(ctx.db);
  },
};
