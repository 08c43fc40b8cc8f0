import type { DomainHandlers } from '../context';

export const informationNoticeHandlers: DomainHandlers<'informationNotice'> = {};
