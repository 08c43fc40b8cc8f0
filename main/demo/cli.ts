import { createCore } from '../core';
import { plainKeyWrapper } from '../crypto/key-store';
import { defaultUserDataDir, resolveDataDir } from '../data-dir';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { generateDemo } from './generate';
import { DEMO_SCALES, isDemoScale } from './scale';

function textOption(argv: readonly string[], name: string, fallback: string): string {
  const index = argv.indexOf(`--${name}`);
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
  return (inline ? inline.slice(name.length + 3) : index >= 0 ? argv[index + 1] : undefined) ?? fallback;
}

function numberOption(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(`--${name}`);
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`));
  const text = inline ? inline.slice(name.length + 3) : index >= 0 ? argv[index + 1] : undefined;
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a whole number, got "${text}"`);
  return value;
}

/** `npm run demo -- [--data-dir DIR] [--seed N] [--years N] [--scale demo|full]`: fictional data for trying and measuring the app. */
const USAGE = `Usage : npm run demo -- [--data-dir DOSSIER] [--seed N] [--years N] [--scale demo|full]
  Remplit un dossier de données VIDE avec des données fictives (comptes, écoles, classes, activités,
  questionnaires, prêts d'exposition, logement solidaire).
  --data-dir  dossier de données (sinon PASSERELLE_DATA_DIR, sinon le dossier de l'application)
  --seed      graine du générateur (2025 par défaut) : même graine, mêmes données
  --years     nombre d'années scolaires d'activités (2 par défaut)
  --scale     volume des données : « demo » (par défaut, la démonstration habituelle) ou « full », le volume
              d'une ville sur la durée, pour mesurer les performances : par année scolaire ~300 activités et
              ~150 000 réponses aux questionnaires ; pour le logement, par année ~200 logements, ~1 500 séjours
              et ~2 000 domiciliations (avec --years 10 : ~3 000 activités, ~1 500 000 réponses, ~2 000
              logements, ~15 000 séjours, ~20 000 domiciliations ; une demi-minute environ)`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const dataDir = resolveDataDir(argv, process.env, defaultUserDataDir());
  const seed = numberOption(argv, 'seed', 2025);
  const years = numberOption(argv, 'years', 2);
  const scale = textOption(argv, 'scale', 'demo');
  if (!isDemoScale(scale)) throw new Error(`--scale attend ${DEMO_SCALES.join(' ou ')}, reçu « ${scale} »`);
  const core = await createCore({ dataDir, fieldKey: { wrapper: plainKeyWrapper }, program: 'demo' });
  try {
    // The key the core has just read or made in the data directory: people's names are encrypted as the app does.
    const fieldCipher = core.fieldCipher;
    const summary = await generateDemo(core.db, { seed, years, scale, today: new Date('2026-11-28T09:00:00Z'), fieldCipher });
    console.log(`Données de démonstration créées dans ${dataDir} (graine ${seed}, ${years} années scolaires).`);
    console.log(`  ${summary.schools} écoles, ${summary.classes} classes, ${summary.contacts} contacts, ${summary.partners} partenaires, ${summary.events} activités, ${summary.loans} prêts d'exposition, ${summary.questionnaireForms} questionnaires remplis`);
    if (summary.housing) {
      const { housingUnits, households, placements, waitlist, registrations } = summary.housing;
      console.log(`  ${housingUnits} logements solidaires, ${households} ménages, ${placements} séjours, ${waitlist} demandes en liste d'attente, ${registrations} domiciliations`);
    }
    console.log(`  ${summary.users} comptes, mot de passe commun « ${DEMO_PASSWORD} » :`);
    for (const account of DEMO_ACCOUNTS) console.log(`   - ${account.username} (${account.roles.join(', ')})`);
  } finally {
    await core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
