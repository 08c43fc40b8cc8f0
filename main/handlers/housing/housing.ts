import { createProvider, deleteProvider, listProviders, updateProvider } from '../../services/housing/providers';
import { changeUnitStatus, createUnit, deleteUnit, getUnit, listUnits, updateUnit } from '../../services/housing/units';
import { saveRollingLease } from '../../services/housing/rolling-leases';
import { signedInUser, type DomainHandlers, type HandlerContext } from '../context';
import { belgianDate } from '../../clock';
import { checkpointWal } from '../../db/connection';
import { movePlacement } from '../../services/housing/placement-move';
import { createPlacement, deletePlacement, endPlacement, listPlacements, unitOccupancy, updatePlacement } from '../../services/housing/placements';
import { addPerson, createHousehold, erasePerson, listHouseholds, listPersonCodes, updatePerson, viewHousehold, type PeopleContext } from '../../services/housing/people';

/** People and households: the cipher, who acts and when. Their audit goes to housing_audit_log (ids only), not audit_events. */
function people(ctx: HandlerContext): PeopleContext {
  return { db: ctx.db, cipher: ctx.fieldCipher, userId: signedInUser(ctx).id, now: ctx.clock.now() };
}

/** Today in Liège: the day bail glissant alerts are computed for. */
function today(ctx: HandlerContext): string {
  return belgianDate(ctx.clock.now());
}

/** Who records a change, and when (for the status history). */
function recorded(ctx: HandlerContext) {
  const at = ctx.clock.now();
  return { at, userId: signedInUser(ctx).id, today: belgianDate(at) };
}

// Audit entries name the record only (ids): never addresses, names or notes.
export const housingHandlers: DomainHandlers<'housing'> = {
  async providers(ctx, input) {
    return listProviders(ctx.db, input);
  },

  async createProvider(ctx, input) {
    const provider = await createProvider(ctx.db, input, ctx.clock.now());
    await ctx.audit({ action: 'housing.provider.create', entity: 'housing_provider', entityId: provider.id });
    return provider;
  },

  async updateProvider(ctx, input) {
    const { id, ...draft } = input;
    const provider = await updateProvider(ctx.db, id, draft, ctx.clock.now());
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
    return getUnit(ctx.db, input.id, today(ctx));
  },

  async createUnit(ctx, input) {
    const unit = await createUnit(ctx.db, input, recorded(ctx));
    await ctx.audit({ action: 'housing.unit.create', entity: 'housing_unit', entityId: unit.id });
    return unit;
  },

  async updateUnit(ctx, input) {
    const { id, ...draft } = input;
    const unit = await updateUnit(ctx.db, id, draft, ctx.clock.now(), today(ctx));
    await ctx.audit({ action: 'housing.unit.update', entity: 'housing_unit', entityId: id });
    return unit;
  },

  async changeUnitStatus(ctx, input) {
    const unit = await changeUnitStatus(ctx.db, input, recorded(ctx));
    await ctx.audit({ action: 'housing.unit.status', entity: 'housing_unit', entityId: input.id });
    return unit;
  },

  async setRollingLease(ctx, input) {
    await saveRollingLease(ctx.db, input, ctx.clock.now());
    await ctx.audit({ action: 'housing.unit.rollingLease', entity: 'housing_unit', entityId: input.unitId });
    return getUnit(ctx.db, input.unitId, today(ctx));
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
    return viewHousehold(people(ctx), input.id);
  },

  async createHousehold(ctx, input) {
    return createHousehold(people(ctx), input);
  },

  async addPerson(ctx, input) {
    const { householdId, ...draft } = input;
    return addPerson(people(ctx), householdId, draft);
  },

  async updatePerson(ctx, input) {
    const { id, ...draft } = input;
    return updatePerson(people(ctx), id, draft);
  },

  async erasePerson(ctx, input) {
    await erasePerson(people(ctx), input.id);
    // Once committed, out of the WAL too: the zeroed pages reach the main file and the old ones are dropped.
    ctx.afterCommit(checkpointWal);
    return null;
  },
  async placements(ctx, input) {
    return listPlacements(ctx.db, input);
  },

  async createPlacement(ctx, input) {
    const placement = await createPlacement(people(ctx), input);
    await ctx.audit({ action: 'housing.placement.create', entity: 'housing_placement', entityId: placement.id });
    return placement;
  },

  async updatePlacement(ctx, input) {
    const { id, ...changes } = input;
    const placement = await updatePlacement(people(ctx), id, changes);
    await ctx.audit({ action: 'housing.placement.update', entity: 'housing_placement', entityId: id });
    return placement;
  },

  async endPlacement(ctx, input) {
    const placement = await endPlacement(people(ctx), input);
    await ctx.audit({ action: 'housing.placement.end', entity: 'housing_placement', entityId: input.id });
    return placement;
  },

  async movePlacement(ctx, input) {
    const moved = await movePlacement(people(ctx), input);
    await ctx.audit({ action: 'housing.placement.end', entity: 'housing_placement', entityId: moved.ended.id });
    await ctx.audit({ action: 'housing.placement.create', entity: 'housing_placement', entityId: moved.placement.id });
    return moved;
  },

  async deletePlacement(ctx, input) {
    await deletePlacement(people(ctx), input.id);
    await ctx.audit({ action: 'housing.placement.delete', entity: 'housing_placement', entityId: input.id });
    return null;
  },

  async unitOccupancy(ctx, input) {
    return unitOccupancy(ctx.db, input);
  },
};
