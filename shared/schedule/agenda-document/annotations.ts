// Runs everywhere (shared). One body's annotations, item by item: heading, the annotation's
// paragraphs and the documentation list ("title (symbol)"). A joint item of a later body
// whose annotation would only repeat the leading body's gets a cross-reference instead
// ("该项目的说明见国际合作工作组第八次会议临时议程项目 5（上文）。"); the leading body's
// heading carries a note that the bodies discuss the item jointly.
import { label, type Lang } from '../../i18n.ts';
import { withoutTrailingPunctuation } from '../../format/punctuation.ts';
import { textIn } from '../../format/text.ts';
import type { Body, DocumentRef, Item } from '../../model/types.ts';
import type { OutlinedItem } from './outline.ts';
import { bodyList } from './joint.ts';

export interface AnnotationSection {
  itemId: string;
  level: number;
  /** "1." or "(a)". */
  label: string;
  heading: string;
  /** Footnote to the heading of a joint item: which bodies discuss it together. */
  note?: string;
  paragraphs: string[];
  crossReference?: string;
  /** "title (symbol)", or the symbol alone. */
  documents: string[];
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function documentEntry(document: DocumentRef, lang: Lang): string {
  const title = textIn(document.title, lang);
  return title ? label('doc:agenda.document', lang, { title, symbol: document.symbol }) : document.symbol;
}

function crossReference(lead: Item, leadBody: Body, lang: Lang): string {
  const meeting = textIn(leadBody.meeting, lang);
  const params = { item: lead.number, body: textIn(leadBody.name, lang), meeting };
  return label(meeting ? 'doc:agenda.crossReference' : 'doc:agenda.crossReferenceNoMeeting', lang, params);
}

/**
 * @param partners joint key -> its items in body order (see jointPartners)
 */
export function annotationSections(outline: readonly OutlinedItem[], partners: ReadonlyMap<string, Item[]>, bodies: ReadonlyMap<string, Body>, lang: Lang): AnnotationSection[] {
  return outline.map(({ item, level, label: itemLabel }) => {
    const joined = item.joint === undefined ? undefined : partners.get(item.joint);
    const lead = joined?.[0];
    const own = textIn(item.annotation, lang);
    const section: AnnotationSection = { itemId: item.id, level, label: itemLabel, heading: withoutTrailingPunctuation(textIn(item.title, lang)), paragraphs: [], documents: [] };

    const leadText = lead ? textIn(lead.annotation, lang) : '';
    const leadSays = lead !== undefined && (leadText !== '' || (lead.documents?.length ?? 0) > 0);
    const repeatsLead = lead !== undefined && lead !== item && leadSays && (own === '' || own === leadText);
    if (repeatsLead) {
      section.crossReference = crossReference(lead, bodies.get(lead.body)!, lang);
      // Documents the leading item lists are behind the cross-reference; any others are shown.
      const leadSymbols = new Set(lead.documents?.map((d) => d.symbol));
      section.documents = (item.documents ?? []).filter((d) => !leadSymbols.has(d.symbol)).map((d) => documentEntry(d, lang));
      return section;
    }
    if (joined) {
      const names = joined.map((partner) => textIn(bodies.get(partner.body)?.name, lang));
      section.note = label('doc:agenda.jointNote', lang, { bodies: bodyList(names, lang) });
    }
    section.paragraphs = paragraphsOf(own);
    section.documents = (item.documents ?? []).map((d) => documentEntry(d, lang));
    return section;
  });
}
