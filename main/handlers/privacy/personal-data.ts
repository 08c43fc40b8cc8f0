import type { DomainHandlers } from '../context';

export const personalDataHandlers: DomainHandlers<'personalData'> = {};
