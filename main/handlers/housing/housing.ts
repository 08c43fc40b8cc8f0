import { createProvider, deleteProvider, listProviders, updateProvider } from '../../services/housing/providers';
import { changeUnitStatus, createUnit, deleteUnit, getUnit, listUnits, setRollingLease, updateUnit } from '../../services/housing/units';
import { serviceContext, type DomainHandlers } from '../context';
import { checkpointWal } from '../../db/connection';
import { movePlacement } from '../../services/housing/placement-move';
import { createPlacement, deletePlacement, endPlacement, listPlacements, reopenPlacement, unitOccupancy, updatePlacement } from '../../services/housing/placements';
import { addPerson, createHousehold, erasePerson, listHouseholds, listPersonCodes, updatePerson, viewHousehold } from '../../services/housing/people';

// Audit entries name the record only (ids): never addresses, names or notes. People and households are audited
// by their services in housing_audit_log (ids only), not in audit_events.
export const housingHandlers: DomainHandlers<'housing'> = {
  async providers(ctx, input) {
    return listProviders(ctx.db, input);
  },

  async createProvider(ctx, input) {
    const provider = await createProvider(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.provider.create', entity: 'housing_provider', entityId: provider.id });
    return provider;
  },

  async updateProvider(ctx, input) {
    const { id, ...draft } = input;
    const provider = await updateProvider(serviceContext(ctx), id, draft);
    await ctx.audit({ action: 'housing.provider.update', entity: 'housing_provider', entityId: id });
    return provider;
  },

  async deleteProvider(ctx, input) {
    await deleteProvider(ctx.db, input.id);
    await ctx.audit({ action: 'housing.provider.delete', entity: 'housing_provider', entityId: input.id });
    return null;
  },

  async units(ctx, input) {
    return listUnits(ctx.db, input);
  },

  async unit(ctx, input) {
    return getUnit(serviceContext(ctx), input.id);
  },

  async createUnit(ctx, input) {
    const unit = await createUnit(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.unit.create', entity: 'housing_unit', entityId: unit.id });
    return unit;
  },

  async updateUnit(ctx, input) {
    const { id, ...draft } = input;
    const unit = await updateUnit(serviceContext(ctx), id, draft);
    await ctx.audit({ action: 'housing.unit.update', entity: 'housing_unit', entityId: id });
    return unit;
  },

  async changeUnitStatus(ctx, input) {
    const unit = await changeUnitStatus(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.unit.status', entity: 'housing_unit', entityId: input.id });
    return unit;
  },

  async setRollingLease(ctx, input) {
    const unit = await setRollingLease(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.unit.rollingLease', entity: 'housing_unit', entityId: input.unitId });
    return unit;
  },

  async deleteUnit(ctx, input) {
    await deleteUnit(ctx.db, input.id);
    await ctx.audit({ action: 'housing.unit.delete', entity: 'housing_unit', entityId: input.id });
    return null;
  },

  async households(ctx, input) {
    return listHouseholds(ctx.db, input);
  },

  async personCodes(ctx, input) {
    return listPersonCodes(ctx.db, input.householdId);
  },

  async household(ctx, input) {
    return viewHousehold(serviceContext(ctx), input.id);
  },

  async createHousehold(ctx, input) {
    return createHousehold(serviceContext(ctx), input);
  },

  async addPerson(ctx, input) {
    const { householdId, ...draft } = input;
    return addPerson(serviceContext(ctx), householdId, draft);
  },

  async updatePerson(ctx, input) {
    const { id, ...draft } = input;
    return updatePerson(serviceContext(ctx), id, draft);
  },

  async erasePerson(ctx, input) {
    await erasePerson(serviceContext(ctx), input.id);
    // Once committed: into the erasure ledger that survives a restore (issue 20), then out of the WAL too (the
    // zeroed pages reach the main file and the old ones are dropped).
    ctx.afterCommit((db) => ctx.erasureLedger.sync(db).then(() => undefined));
    ctx.afterCommit(checkpointWal);
    return null;
  },
  async placements(ctx, input) {
    // The cipher: a unit's or a household's list shows the (encrypted) notes.
    return listPlacements({ db: ctx.db, cipher: ctx.fieldCipher }, input);
  },

  async createPlacement(ctx, input) {
    const placement = await createPlacement(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.placement.create', entity: 'housing_placement', entityId: placement.id });
    return placement;
  },

  async updatePlacement(ctx, input) {
    const { id, ...changes } = input;
    const placement = await updatePlacement(serviceContext(ctx), id, changes);
    await ctx.audit({ action: 'housing.placement.update', entity: 'housing_placement', entityId: id });
    return placement;
  },

  async endPlacement(ctx, input) {
    const placement = await endPlacement(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.placement.end', entity: 'housing_placement', entityId: input.id });
    return placement;
  },

  async reopenPlacement(ctx, input) {
    const placement = await reopenPlacement(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.placement.reopen', entity: 'housing_placement', entityId: input.id });
    return placement;
  },

  async movePlacement(ctx, input) {
    const moved = await movePlacement(serviceContext(ctx), input);
    await ctx.audit({ action: 'housing.placement.end', entity: 'housing_placement', entityId: moved.ended.id });
    await ctx.audit({ action: 'housing.placement.create', entity: 'housing_placement', entityId: moved.placement.id });
    return moved;
  },

  async deletePlacement(ctx, input) {
    await deletePlacement(serviceContext(ctx), input.id);
    await ctx.audit({ action: 'housing.placement.delete', entity: 'housing_placement', entityId: input.id });
    return null;
  },

  async unitOccupancy(ctx, input) {
    return unitOccupancy(ctx.db, input);
  },
};
