import { z } from 'zod';
import { defineChannel } from '../../define';
import { dateField, idField, requiredNameField } from '../../fields';
import { HOLIDAY_KINDS, type Holiday } from '../../../domain/calendar/events';

export const holidayFields = {
  kind: z.enum(HOLIDAY_KINDS),
  label: requiredNameField,
  startDate: dateField,
  endDate: dateField,
};

export const holidaysChannels = {
  /** Holidays overlapping [from, to]; everyone who sees the calendar sees them. */
  list: defineChannel<Holiday[]>()({
    input: z.strictObject({ from: dateField, to: dateField }),
    access: ['coordinator', 'teacher'],
    writes: false,
  }),
  create: defineChannel<Holiday>()({ input: z.strictObject(holidayFields), access: ['coordinator'], writes: true }),
  update: defineChannel<Holiday>()({
    input: z.strictObject({ id: idField, ...holidayFields }),
    access: ['coordinator'],
    writes: true,
  }),
  delete: defineChannel<null>()({ input: z.strictObject({ id: idField }), access: ['coordinator'], writes: true }),
};
