import i18next, { type TFunction } from 'i18next';
import fr from '../../renderer/i18n/fr.json';
import en from '../../renderer/i18n/en.json';
import { addDayFormat } from '../../renderer/i18n/day-format';

type Bundle = Record<string, unknown>;

/**
 * French and English `t` functions over the app's main bundle plus the given feature namespaces, set up as
 * renderer/i18n/index.ts does (default namespace 'translation', French fallback, no HTML escaping), for
 * tests of the renderer's sentence builders.
 */
export async function translators(namespaces: Record<string, { fr: Bundle; en: Bundle }> = {}): Promise<{ tFr: TFunction; tEn: TFunction }> {
  const i18n = i18next.createInstance();
  const extra = (language: 'fr' | 'en') => Object.fromEntries(Object.entries(namespaces).map(([name, bundles]) => [name, bundles[language]]));
  await i18n.init({
    resources: { fr: { translation: fr, ...extra('fr') }, en: { translation: en, ...extra('en') } },
    ns: ['translation', ...Object.keys(namespaces)],
    defaultNS: 'translation',
    lng: 'fr',
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
  });
  addDayFormat(i18n);
  return { tFr: i18n.getFixedT('fr'), tEn: i18n.getFixedT('en') };
}
