import { APD_CONTACT_LINES, CPAS_ADDRESS, RETENTION_PLACEHOLDER, type NoticeText } from './types';

/** The information notice in English (translated from the French reference text). */
export const NOTICE_EN: NoticeText = {
  title: 'Information notice about your personal data',
  subtitle: 'Housing support by the CPAS de Liège — GDPR, articles 13 and 14',
  fileName: 'information-notice-en',
  intro:
    'The CPAS de Liège (Liège’s public social welfare centre) helps you find or keep a home (citizen hosting, transit housing, sliding lease, reference address). To do so, it records information about you and your household. This notice tells you which information, why, who sees it, how long it is kept and what your rights are.',
  sections: [
    {
      heading: '1. Who is responsible for your data?',
      blocks: [
        { kind: 'paragraph', text: 'The Public Social Welfare Centre (CPAS) of Liège is the controller of your data:' },
        { kind: 'lines', lines: CPAS_ADDRESS },
      ],
    },
    {
      heading: '2. Which data?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'a file code for your household and for each person (for example M-7K3Q), which stands for you in our lists and statistics;',
            'if you give them: your first and last name, your year of birth, the languages you speak, a way to reach you and your residence status (chosen from a short list);',
            'the size of your household;',
            'your stays (housing, dates, reason for leaving), your place on the waiting list, your address registrations (reference address, provisional registration) and their deadlines;',
            'the social workers’ notes that help them support you.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Some information may be sensitive (your residence status, a health matter in a note). Names, contact details, residence status and notes are stored encrypted. This information comes from you or, with your knowledge, from the service that referred you to the CPAS, from your host and from the City of Liège’s population office.',
        },
      ],
    },
    {
      heading: '3. Why?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'to arrange and follow up your accommodation or housing;',
            'to keep the waiting list fair;',
            'to carry out address formalities (reference address at the CPAS, provisional registration) within their legal deadlines;',
            'to produce statistics for the Social Welfare Council and the plan “Liège, a hospitable city”: they hold numbers only, nobody can be recognised in them.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Your data is used for nothing else. It is never sold, and no decision about you is taken automatically.',
        },
      ],
    },
    {
      heading: '4. On what legal basis?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The CPAS processes your data to fulfil its legal task of social assistance: a task in the public interest and a legal obligation (GDPR, article 6(1)(e) and 6(1)(c)), set by the organic law on CPAS of 8 July 1976 (articles 1, 57 and 60: social inquiry and social file) and, for the reference address, by the law of 19 July 1991 on population registers. Sensitive information is processed because social assistance needs it (GDPR, article 9(2)(b) and 9(2)(h)).',
        },
        {
          kind: 'paragraph',
          text: 'You do not have to tell us everything: the CPAS helps you all the same. Only the formalities that need the information cannot be done without it (for example, a reference address requires your identity).',
        },
      ],
    },
    {
      heading: '5. Who sees your data?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'the staff of the CPAS de Liège’s housing service, and no one else; every time your file is opened, this is recorded;',
            'the City of Liège’s population office and the local police, for the address formalities the law requires (registration, residence check);',
            'your host or the landlord, only what your stay requires;',
            'authorities that may demand it under a law (for example the CPAS’s supervisory authorities).',
          ],
        },
        { kind: 'paragraph', text: 'Your data stays in the European Union.' },
      ],
    },
    {
      heading: '6. For how long?',
      blocks: [{ kind: 'paragraph', text: RETENTION_PLACEHOLDER }],
    },
    {
      heading: '7. Your rights',
      blocks: [
        { kind: 'paragraph', text: 'Free of charge, you may:' },
        {
          kind: 'bullets',
          items: [
            'know what data the CPAS holds about you and receive a copy, on paper or as a file (GDPR, article 15);',
            'have wrong or incomplete data corrected (article 16);',
            'have your data erased when it is no longer needed or was processed wrongly (article 17);',
            'ask for its use to be restricted (article 18), and object to its processing for reasons relating to your particular situation (article 21).',
          ],
        },
        {
          kind: 'paragraph',
          text: 'To do so, talk to your social worker or write to the CPAS’s data protection officer (point 8). You will receive an answer within one month.',
        },
      ],
    },
    {
      heading: '8. The data protection officer',
      blocks: [
        { kind: 'paragraph', text: 'For any question about your data, you may contact the CPAS de Liège’s data protection officer:' },
        { kind: 'dpo' },
      ],
    },
    {
      heading: '9. Making a complaint',
      blocks: [
        {
          kind: 'paragraph',
          text: 'If you think your data is not handled properly, you may lodge a complaint with the Belgian Data Protection Authority (Autorité de protection des données, APD):',
        },
        { kind: 'lines', lines: ['Data Protection Authority (Autorité de protection des données)', ...APD_CONTACT_LINES] },
      ],
    },
  ],
  retention: (years) =>
    `Your file is kept for ${years === 1 ? 'one year' : `${years} years`} after the end of your last stay or your last address registration, then it is erased. As long as a stay, an address registration or a request on the waiting list is open, it is kept. Statistics keep numbers only, without names.`,
  dpoFallback: ['Data protection officer', ...CPAS_ADDRESS],
  page: (page, pages) => `page ${page} / ${pages}`,
};
