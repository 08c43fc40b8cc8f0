/** Invented school, association and person names for demo data: any likeness to real ones is accidental. */
export const SCHOOL_PREFIXES = [
  { prefix: 'École communale', network: 'communal', levels: ['maternel', 'primaire'] },
  { prefix: 'École fondamentale', network: 'communal', levels: ['maternel', 'primaire'] },
  { prefix: 'École libre', network: 'libre', levels: ['maternel', 'primaire'] },
  { prefix: 'Athénée', network: 'fwb', levels: ['secondaire'] },
  { prefix: 'Institut', network: 'libre', levels: ['secondaire'] },
  { prefix: 'Lycée provincial', network: 'provincial', levels: ['secondaire'] },
  { prefix: 'École d’enseignement spécialisé', network: 'communal', levels: ['primaire', 'specialise'] },
] as const;

export const SCHOOL_NAMES = [
  'Les Hirondelles', 'Le Tilleul', 'Les Glycines', 'du Confluent', 'Les Coquelicots', 'Le Vieux Chêne',
  'Les Castors', 'L’Arc-en-ciel', 'La Source', 'Les Écureuils', 'Les Trois Ponts', 'Le Jardin des Mots',
  'La Boussole', 'Les Colibris', 'Le Petit Prince', 'Les Marronniers', 'La Clairière', 'Les Tournesols',
  'du Haut-Vinâve', 'des Coteaux', 'La Ruche', 'Les Peupliers', 'L’Envol', 'Les Saules',
];

export const PARTNERS = [
  { name: 'CRIPEL', kind: 'integration_centre', contactName: 'Service éducation' },
  { name: 'Cité Miroir', kind: 'cultural_venue', contactName: 'Accueil des groupes scolaires' },
  { name: 'Collectif Mosaïque asbl', kind: 'association', contactName: 'Léa Fontaine' },
  { name: 'Théâtre des Rives', kind: 'association', contactName: 'Marc Lambotte' },
  { name: 'Ciné-Club Rencontres', kind: 'association', contactName: 'Inès Haddad' },
  { name: 'Mémoire Vive asbl', kind: 'association', contactName: 'Paul Renard' },
] as const;

export const FIRST_NAMES = [
  'Amina', 'Julien', 'Sophie', 'Karim', 'Élise', 'Thomas', 'Fatou', 'Nicolas', 'Yasmina', 'Pierre', 'Chloé',
  'Mehdi', 'Laura', 'Samuel', 'Aïcha', 'Maxime', 'Nadia', 'Olivier', 'Sarah', 'Youssef', 'Camille', 'Arnaud',
];

export const LAST_NAMES = [
  'Lejeune', 'Delvaux', 'Marchal', 'Benali', 'Dumont', 'Kabongo', 'Lambert', 'Ouedraogo', 'Collard', 'Yilmaz',
  'Renard', 'Gérard', 'Haddad', 'Petit', 'Nkemba', 'Lemaire', 'Moreau', 'Hansen', 'Bertrand', 'Celik',
];

export const EVENT_TITLES: Record<string, string[]> = {
  workshop: ['Atelier « Tous différents, tous égaux »', 'Atelier préjugés et stéréotypes', 'Atelier « Mon quartier, mes voisins »'],
  training: ['Formation des enseignants : dialogue interculturel', 'Formation : réagir aux propos discriminants'],
  film_screening: ['Projection-débat « Partir, arriver »', 'Ciné-débat : histoires de migrations'],
  theatre: ['Spectacle « Valises »', 'Théâtre-forum « Bienvenue ? »'],
  exhibition_visit: ['Visite de l’exposition « Une brève histoire de l’immigration en Belgique »'],
  guided_visit: ['Parcours « Démocratie, Tolérance et Libertés »', 'Visite guidée à la Cité Miroir'],
  remembrance: ['Activité de mémoire : témoignage', 'Parcours mémoire dans le centre-ville'],
  other: ['Rencontre avec des nouveaux Liégeois'],
};
