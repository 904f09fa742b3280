// Runs everywhere (shared). The term base as TBX (ISO 30042:2019, TBX-Basic dialect), the
// exchange format of translation tools: one concept entry per pair, an English and a Chinese
// language section each. Export only; terms come back in through CSV.
import { escapeHtml } from '../export/html/escape.ts';
import type { Term } from './types.ts';

export function termsToTbx(terms: readonly Pick<Term, 'en' | 'zh'>[]): string {
  const entries = terms.map(
    (term, i) =>
      `      <conceptEntry id="c${i + 1}">\n` +
      `        <langSec xml:lang="en"><termSec><term>${escapeHtml(term.en)}</term></termSec></langSec>\n` +
      `        <langSec xml:lang="zh"><termSec><term>${escapeHtml(term.zh)}</term></termSec></langSec>\n` +
      `      </conceptEntry>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
    '  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Orgwork term base</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n' +
    `  <text>\n    <body>\n${entries.join('')}    </body>\n  </text>\n</tbx>\n`
  );
}
