// Runs everywhere (shared). The term base as TBX (ISO 30042:2019, TBX-Basic dialect), the
// exchange format of translation tools: one concept entry per term, a language section
// (langSec xml:lang="fr"…) per language it has. Reading takes TBX-Basic as written here and by
// other tools, and the older TBX 2 / MARTIF form (termEntry, langSet, tig): the first term of
// each language section, entities decoded. The scan goes forward with indexOf only, so a file
// of any size or shape is read in linear time.
import { escapeHtml } from '../export/html/escape.ts';
import { message } from '../i18n.ts';
import { languageCode } from './csv.ts';
import { termLanguages } from './texts.ts';
import type { ReadTerms, TermTexts } from './types.ts';

export function termsToTbx(terms: readonly TermTexts[]): string {
  const entries = terms.map(
    (term, i) =>
      `      <conceptEntry id="c${i + 1}">\n` +
      termLanguages(term)
        .map((lang) => `        <langSec xml:lang="${lang}"><termSec><term>${escapeHtml(term[lang]!)}</term></termSec></langSec>\n`)
        .join('') +
      `      </conceptEntry>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n' +
    '  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>Orgwork term base</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n' +
    `  <text>\n    <body>\n${entries.join('')}    </body>\n  </text>\n</tbx>\n`
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decoded(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/giu, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

interface Element {
  /** Where the element starts in the text. */
  at: number;
  attributes: string;
  content: string;
}

/** The elements named one of `names` in `text`, in order, not nested in one another; stops at the first one left open. */
function elements(text: string, names: readonly string[]): Element[] {
  const open = new RegExp(`<(${names.join('|')})(?=[\\s>/])`, 'gu');
  const found: Element[] = [];
  // The ">" after a tag's name, found once for a run of names that share it ("<termEntry <termEntry …>").
  let nextGt = -1;
  for (let match = open.exec(text); match; match = open.exec(text)) {
    if (nextGt < match.index) nextGt = text.indexOf('>', match.index);
    const tagEnd = nextGt;
    if (tagEnd < 0) break;
    const attributes = text.slice(match.index + match[0].length, tagEnd);
    if (attributes.endsWith('/')) continue;
    const close = text.indexOf(`</${match[1]}>`, tagEnd);
    if (close < 0) break;
    found.push({ at: match.index, attributes, content: text.slice(tagEnd + 1, close) });
    open.lastIndex = close;
  }
  return found;
}

const XML_LANG = /xml:lang\s*=\s*(?:"([^"]*)"|'([^']*)')/u;

/** The texts of one concept entry: the first term of each language section. */
function entryTexts(entry: string): TermTexts {
  const texts: TermTexts = {};
  for (const section of elements(entry, ['langSec', 'langSet'])) {
    const named = XML_LANG.exec(section.attributes);
    const lang = named ? languageCode(named[1] ?? named[2]!) : null;
    const term = elements(section.content, ['term'])[0];
    const text = term ? decoded(term.content.replace(/<[^<>]*>/gu, '')).trim() : '';
    if (lang && text && texts[lang] === undefined) texts[lang] = text;
  }
  return texts;
}

export function termsFromTbx(text: string): ReadTerms {
  if (!/<(?:tbx|martif)[\s>]/u.test(text)) return { terms: [], problems: [{ line: 1, message: message('import:termbase.notTbx') }] };
  const terms: TermTexts[] = [];
  const problems: ReadTerms['problems'] = [];
  let line = 1;
  let counted = 0;
  elements(text, ['conceptEntry', 'termEntry']).forEach((entry, i) => {
    for (; counted < entry.at; counted++) if (text.charCodeAt(counted) === 10) line++;
    const texts = entryTexts(entry.content);
    if (termLanguages(texts).length >= 2) terms.push(texts);
    else problems.push({ line, message: message('import:termbase.tbxEntry', { entry: i + 1 }) });
  });
  return { terms, problems };
}
