/**
 * Where an activity's school is and whom to call there, printed on its event sheet and in its iCalendar entry
 * so that nobody has to look it up (issue 17): the school's address, the teachers of its classes (or, when no
 * class has a teacher on record, the school's contacts, the director first) with their phone, and the school's
 * phone for when a person has none.
 */
export interface EventReach {
  /** "Rue de la Loi 12, 4020 Liège"; '' when the school has no address on record. */
  address: string;
  /** Up to three people, teachers first. */
  contacts: { name: string; phone: string }[];
  schoolPhone: string;
}

export const NO_REACH: EventReach = { address: '', contacts: [], schoolPhone: '' };

/** "Rue de la Loi 12, 4020 Liège" from the school's fields, leaving out what is empty. */
export function schoolAddress(school: { street: string; postalCode: string; city: string }): string {
  const town = [school.postalCode.trim(), school.city.trim()].filter(Boolean).join(' ');
  return [school.street.trim(), town].filter(Boolean).join(', ');
}

/** "Marie Dupont — 04 222 33 44", or the name alone. */
export function contactLine(contact: { name: string; phone: string }): string {
  return contact.phone.trim() ? `${contact.name} — ${contact.phone.trim()}` : contact.name;
}
