import type { NoticeLanguage } from '../../../../shared/domain/privacy/information-notice';
import type { NoticeText } from './types';
import { NOTICE_AR } from './ar';
import { NOTICE_EN } from './en';
import { NOTICE_FR } from './fr';
import { NOTICE_NL } from './nl';

/** Every shipped notice text, by language: a language of NOTICE_LANGUAGES without a text does not compile. */
export const NOTICE_TEXTS: Readonly<Record<NoticeLanguage, NoticeText>> = { fr: NOTICE_FR, en: NOTICE_EN, ar: NOTICE_AR, nl: NOTICE_NL };
