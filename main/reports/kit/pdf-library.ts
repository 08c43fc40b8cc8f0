import type * as JsPdf from 'jspdf';
import type * as AutoTable from 'jspdf-autotable';

/**
 * jsPDF and jspdf-autotable, loaded on the first PDF rather than at start (issue 19): together they are about as
 * long to load as knex and SQLite, and most sessions make no PDF. `require`, not `import()`: the builders are
 * synchronous, and both packages stay outside the bundle (scripts/build.mjs `external`), in node_modules.
 */
export function jsPdfLibrary(): typeof JsPdf {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return require('jspdf') as typeof JsPdf;
}

/** jspdf-autotable's `autoTable`, the package loaded at its first call. */
export const autoTable: typeof AutoTable.autoTable = (doc, options) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (require('jspdf-autotable') as typeof AutoTable).autoTable(doc, options);
};
