import { createSchool, deleteSchool, getSchool, listSchools, updateSchool } from '../../services/directory/schools';
import { commitSchoolImport, previewSchoolImport } from '../../services/directory/schools-import';
import { exportSchools } from '../../services/directory/csv-export';
import { schoolOverview } from '../../services/directory/school-overview';
import { serviceContext, signedInUser, type DomainHandlers } from '../context';

export const schoolsHandlers: DomainHandlers<'schools'> = {
  async list(ctx, input) {
    return listSchools(ctx.db, input);
  },

  async get(ctx, input) {
    return getSchool(ctx.db, input.id);
  },

  async overview(ctx, input) {
    return schoolOverview(serviceContext(ctx), signedInUser(ctx), input);
  },

  async create(ctx, input) {
    const school = await createSchool(serviceContext(ctx), input);
    await ctx.audit({ action: 'school.create', entity: 'school', entityId: school.id });
    return school;
  },

  async update(ctx, input) {
    const school = await updateSchool(serviceContext(ctx), input);
    await ctx.audit({ action: 'school.update', entity: 'school', entityId: school.id });
    return school;
  },

  async delete(ctx, input) {
    await deleteSchool(ctx.db, input.id);
    await ctx.audit({ action: 'school.delete', entity: 'school', entityId: input.id });
    return null;
  },

  async exportCsv(ctx, input) {
    return exportSchools(serviceContext(ctx), input);
  },

  async importPreview(ctx, input) {
    return previewSchoolImport(ctx.db, input.file);
  },

  async importCommit(ctx, input) {
    const result = await commitSchoolImport(serviceContext(ctx), input.file);
    // One entry for the whole file: the audit records who imported, not the schools' names.
    await ctx.audit({ action: 'school.import', entity: 'school' });
    return result;
  },
};
