import type { DomainHandlers } from '../context';

export const processingRegisterHandlers: DomainHandlers<'processingRegister'> = {};
