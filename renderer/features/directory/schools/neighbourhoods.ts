/**
 * Liège's neighbourhoods, offered as suggestions for a school's "quartier" (free text: a school may name a
 * smaller area). Postal codes: 4000 centre and west, 4020 across the Meuse, 4030–4032 south-east.
 */
export const LIEGE_NEIGHBOURHOODS = [
  'Centre',
  'Sainte-Marguerite',
  'Saint-Léonard',
  'Sclessin',
  'Laveu',
  'Rocourt',
  'Outremeuse',
  'Bressoux',
  'Droixhe',
  'Longdoz',
  'Jupille',
  'Grivegnée',
  'Angleur',
  'Chênée',
  'Amercœur',
  'Cointe',
  'Glain',
  'Guillemins',
  'Wandre',
] as const;
