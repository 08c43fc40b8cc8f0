import { createClass, deleteClass, listClasses, updateClass } from '../../services/directory/classes';
import { commitClassImport, previewClassImport } from '../../services/directory/classes-import';
import { exportClasses } from '../../services/directory/csv-export';
import { serviceContext, type DomainHandlers } from '../context';

export const classesHandlers: DomainHandlers<'classes'> = {
  async list(ctx, input) {
    return listClasses(ctx.db, input);
  },

  async create(ctx, input) {
    const schoolClass = await createClass(serviceContext(ctx), input);
    await ctx.audit({ action: 'class.create', entity: 'class', entityId: schoolClass.id });
    return schoolClass;
  },

  async update(ctx, input) {
    const schoolClass = await updateClass(serviceContext(ctx), input);
    await ctx.audit({ action: 'class.update', entity: 'class', entityId: schoolClass.id });
    return schoolClass;
  },

  async delete(ctx, input) {
    await deleteClass(ctx.db, input.id);
    await ctx.audit({ action: 'class.delete', entity: 'class', entityId: input.id });
    return null;
  },

  async exportCsv(ctx, input) {
    return exportClasses(serviceContext(ctx), input);
  },

  async importPreview(ctx, input) {
    return previewClassImport(serviceContext(ctx), input.file);
  },

  async importCommit(ctx, input) {
    const result = await commitClassImport(serviceContext(ctx), input.file);
    await ctx.audit({ action: 'class.import', entity: 'class' });
    return result;
  },
};
