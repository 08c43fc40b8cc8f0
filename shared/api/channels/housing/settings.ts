import { z } from 'zod';
import { defineChannel } from '../../define';
import { HOUSING_DEADLINE_LIMITS, type HousingDeadlineSettings } from '../../../domain/housing/deadlines';

/** The housing deadline lengths (issue 6: "Deadlines and their lengths are settings, not constants"). */

const HOUSING: ['housing'] = ['housing'];

function limited(key: keyof HousingDeadlineSettings) {
  const { min, max } = HOUSING_DEADLINE_LIMITS[key];
  return z.number().int().min(min).max(max);
}

export const housingSettingsChannels = {
  get: defineChannel<HousingDeadlineSettings>()({ input: z.strictObject({}), access: HOUSING, writes: false }),
  update: defineChannel<HousingDeadlineSettings>()({
    input: z.strictObject({
      forwardDays: limited('forwardDays'),
      contactMonths: limited('contactMonths'),
      moveDeclarationDays: limited('moveDeclarationDays'),
      policeCheckDays: limited('policeCheckDays'),
      strikeOffMonths: limited('strikeOffMonths'),
      citizenStayDays: limited('citizenStayDays'),
      dueSoonDays: limited('dueSoonDays'),
      rollingLeaseNoticeDays: limited('rollingLeaseNoticeDays'),
    }),
    access: HOUSING,
    writes: true,
  }),
};
