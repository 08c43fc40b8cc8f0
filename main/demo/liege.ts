/**
 * Real Liège neighbourhoods and their postal codes (domain brief), for fictional demo schools and housing
 * units. Street names are real; house numbers and every person or school name in the demo are invented.
 */
export const LIEGE_NEIGHBOURHOODS = [
  { name: 'Centre', postalCode: '4000', streets: ['Rue Saint-Gilles', 'Boulevard de la Sauvenière', 'Rue Hors-Château'] },
  { name: 'Sainte-Marguerite', postalCode: '4000', streets: ['Rue Sainte-Marguerite', 'Rue Saint-Séverin'] },
  { name: 'Saint-Léonard', postalCode: '4000', streets: ['Rue Saint-Léonard', 'Quai Saint-Léonard'] },
  { name: 'Sclessin', postalCode: '4000', streets: ['Rue de la Vecquée', 'Rue Ernest Solvay'] },
  { name: 'Laveu', postalCode: '4000', streets: ['Rue du Laveu', 'Rue des Wallons'] },
  { name: 'Rocourt', postalCode: '4000', streets: ['Chaussée de Tongres', 'Rue de la Tonne'] },
  { name: 'Outremeuse', postalCode: '4020', streets: ['Rue Puits-en-Sock', 'Rue Roture', 'Boulevard Saucy'] },
  { name: 'Bressoux', postalCode: '4020', streets: ['Rue de Visé', 'Rue Foidart'] },
  { name: 'Droixhe', postalCode: '4020', streets: ['Avenue de Lille', 'Quai de Droixhe'] },
  { name: 'Longdoz', postalCode: '4020', streets: ['Rue Grétry', 'Rue Natalis'] },
  { name: 'Jupille', postalCode: '4020', streets: ['Rue Charlemagne', 'Rue de Jupille'] },
  { name: 'Grivegnée', postalCode: '4030', streets: ['Avenue des Coteaux', 'Rue Belvaux'] },
  { name: 'Angleur', postalCode: '4031', streets: ['Rue de Tilff', 'Rue Vaudrée'] },
  { name: 'Chênée', postalCode: '4032', streets: ['Rue de l’Église', 'Rue Neuve'] },
] as const;
