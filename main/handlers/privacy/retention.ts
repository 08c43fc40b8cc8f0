import type { DomainHandlers } from '../context';

export const retentionHandlers: DomainHandlers<'retention'> = {};
