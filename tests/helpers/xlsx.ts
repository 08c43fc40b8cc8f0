import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads an .xlsx back with Python's standard library (zipfile + XML), independently of the library that wrote
 * it: each sheet's name and its rows of cell texts, and whether any cell holds a formula.
 */
const READER = `
import json, sys, zipfile, re
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
out = []
for sheet in ET.fromstring(z.read('xl/workbook.xml')).find('m:sheets', ns):
    target = rels[sheet.get('{%s}id' % ns['r'])].lstrip('/')
    path = target if target.startswith('xl/') else 'xl/' + target
    rows, formulas = [], 0
    for row in ET.fromstring(z.read(path)).iter('{%s}row' % ns['m']):
        cells = []
        for c in row.findall('m:c', ns):
            if c.find('m:f', ns) is not None: formulas += 1
            kind, v = c.get('t'), c.find('m:v', ns)
            if kind == 's': cells.append(shared[int(v.text)])
            elif kind == 'inlineStr': cells.append(''.join(t.text or '' for t in c.iter('{%s}t' % ns['m'])))
            else: cells.append(v.text if v is not None else '')
        rows.append(cells)
    out.append({'name': sheet.get('name'), 'rows': rows, 'formulas': formulas})
print(json.dumps(out))
`;

export interface ReadSheet {
  name: string;
  rows: string[][];
  formulas: number;
}

export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  const path = join(mkdtempSync(join(tmpdir(), 'passerelle-xlsx-')), 'book.xlsx');
  writeFileSync(path, bytes);
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', READER, path], { encoding: 'utf8' })) as ReadSheet[];
}
