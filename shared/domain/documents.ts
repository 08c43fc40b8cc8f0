// The language a document (PDF, export) is written in: the interface's language of whoever asked for it.
export const DOCUMENT_LANGUAGES = ['fr', 'en'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Who signs a document: the City (school programme) or its CPAS (housing). */
export type Institution = 'city' | 'cpas';
