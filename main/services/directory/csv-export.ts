import type { Db } from '../../db/connection';
import type { ServiceContext } from '../context';
import { csvFileName, toCsv } from '../../csv/write';
import { CONTACT_KIND_LABELS, NETWORK_LABELS, PARTNER_KIND_LABELS, levelsLabel } from '../../csv/labels';
import { allSchools, type SchoolFilter } from './schools';
import { allClasses, type ClassFilter } from './classes';
import { allContacts, contactNames, type ContactFilter } from './contacts';
import { allPartners, type PartnerFilter } from './partners';
import { listFacilitators } from './facilitators';
import { whereInChunks } from '../../db/query-toolkit';
import type { CsvFile } from '../../../shared/api/csv-files';

/*
 * CSV exports of the directory's lists: the same filters as the screen, every row, French headers. The school
 * and class headers are the ones the import recognises, so an exported file can be edited and imported again.
 */

export async function exportSchools({ db, now }: ServiceContext, filter: SchoolFilter): Promise<CsvFile> {
  const schools = await allSchools(db, filter);
  const content = toCsv(
    ['Nom', 'Réseau', 'Niveaux', 'Rue', 'Code postal', 'Localité', 'Quartier', 'Téléphone', 'E-mail', 'Remarques'],
    schools.map((school) => [
      school.name,
      NETWORK_LABELS[school.network],
      levelsLabel(school.levels),
      school.street,
      school.postalCode,
      school.city,
      school.neighbourhood,
      school.phone,
      school.email,
      school.notes,
    ]),
  );
  return { fileName: csvFileName('ecoles', now), content };
}

export async function exportClasses({ db, now }: ServiceContext, filter: ClassFilter): Promise<CsvFile> {
  const classes = await allClasses(db, filter);
  const [schools, teachers] = await Promise.all([
    allSchoolPostalCodes(db, classes.map((schoolClass) => schoolClass.schoolId)),
    contactNames(db, classes.flatMap((schoolClass) => schoolClass.teacherIds)),
  ]);
  const content = toCsv(
    ['École', 'Code postal', 'Année scolaire', 'Classe', 'Niveau', 'Élèves', 'Enseignants'],
    classes.map((schoolClass) => [
      schoolClass.schoolName,
      schools.get(schoolClass.schoolId) ?? '',
      schoolClass.schoolYear,
      schoolClass.name,
      schoolClass.grade,
      schoolClass.pupilCount,
      schoolClass.teacherIds.map((id) => teachers.get(id) ?? '').filter((name) => name !== '').join(', '),
    ]),
  );
  return { fileName: csvFileName('classes', now), content };
}

/** The postal code of each school, so that a class file names its school unambiguously. */
async function allSchoolPostalCodes(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await whereInChunks<{ id: number; postal_code: string }>(ids, async (chunk) =>
    db('schools').whereIn('id', chunk).select('id', 'postal_code'),
  );
  return new Map(rows.map((row) => [row.id, row.postal_code]));
}

export async function exportContacts({ db, now }: ServiceContext, filter: ContactFilter): Promise<CsvFile> {
  const contacts = await allContacts(db, filter);
  const content = toCsv(
    ['Nom', 'Prénom', 'Fonction', 'École', 'E-mail', 'Téléphone', 'Remarques'],
    contacts.map((contact) => [
      contact.lastName,
      contact.firstName,
      CONTACT_KIND_LABELS[contact.kind],
      contact.schoolName ?? '',
      contact.email,
      contact.phone,
      contact.notes,
    ]),
  );
  return { fileName: csvFileName('contacts', now), content };
}

export async function exportPartners({ db, now }: ServiceContext, filter: PartnerFilter): Promise<CsvFile> {
  const partners = await allPartners(db, filter);
  const content = toCsv(
    ['Nom', 'Type', 'Personne de contact', 'E-mail', 'Téléphone', 'Remarques'],
    partners.map((partner) => [
      partner.name,
      PARTNER_KIND_LABELS[partner.kind],
      partner.contactName,
      partner.email,
      partner.phone,
      partner.notes,
    ]),
  );
  return { fileName: csvFileName('partenaires', now), content };
}

export async function exportFacilitators({ db, now }: ServiceContext, filter: { partnerId?: number; search?: string }): Promise<CsvFile> {
  const facilitators = await listFacilitators(db, filter);
  const content = toCsv(
    ['Nom', 'Partenaire', 'E-mail', 'Téléphone'],
    facilitators.map((facilitator) => [facilitator.name, facilitator.partnerName ?? '', facilitator.email, facilitator.phone]),
  );
  return { fileName: csvFileName('intervenants', now), content };
}
