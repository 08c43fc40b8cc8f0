/**
 * The only body type the API reads: `application/json`, optionally with `charset=utf-8` (any case, spaces
 * around the separators). A prefix test would let `application/jsonp`, `application/json-seq` or another
 * charset through, so the whole header is matched.
 */
const JSON_CONTENT_TYPE = /^[ \t]*application\/json[ \t]*(?:;[ \t]*charset[ \t]*=[ \t]*(?:utf-8|"utf-8")[ \t]*)?$/i;

export function isJsonContentType(header: string | undefined): boolean {
  return header !== undefined && JSON_CONTENT_TYPE.test(header);
}
