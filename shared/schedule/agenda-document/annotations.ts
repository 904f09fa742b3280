// Runs everywhere (shared). One body's annotations, item by item: heading, the annotation's
// paragraphs and the documentation list ("title (symbol)"). An item whose annotation is
// another's gets a cross-reference instead ("该项目的说明见国际合作工作组第八次会议临时议程
// 项目 5（上文）。"): a joint item of a later body whose annotation would only repeat the
// leading body's, or an item that names the other item itself (seeAnnotationOf). The
// leading body's heading of a joint item carries a note that the bodies discuss it jointly,
// as the session's conventions word it.
import { itemNumberIn } from '../../format/item-numbers.ts';
import { label, type DocLang } from '../../i18n.ts';
import { withoutTrailingPunctuation } from '../../format/punctuation.ts';
import { textIn } from '../../format/text.ts';
import { conventionsOf, type Body, type DocumentRef, type Item, type Session } from '../../model/types.ts';
import type { OutlinedItem } from './outline.ts';
import { bodyList, jointBodies } from './joint.ts';

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

/** An annotation's paragraphs: one per non-empty line (officers separate them with an empty line). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function documentEntry(document: DocumentRef, lang: DocLang): string {
  const title = textIn(document.title, lang);
  return title ? label('doc:agenda.document', lang, { title, symbol: document.symbol }) : document.symbol;
}

interface AnnotationContext {
  session: Session;
  /** joint key -> its items in body order (see jointPartners) */
  partners: ReadonlyMap<string, Item[]>;
  bodies: ReadonlyMap<string, Body>;
  items: ReadonlyMap<string, Item>;
  lang: DocLang;
}

/** "…item 5 of the … (above)" — above when the other body's annotations come first in the document. */
function crossReference(target: Item, from: Item, { session, bodies, lang }: AnnotationContext): string {
  const targetBody = bodies.get(target.body)!;
  const meeting = textIn(targetBody.meeting, lang);
  const order = (id: string) => session.bodies.findIndex((body) => body.id === id);
  const where = label(order(target.body) < order(from.body) ? 'doc:agenda.above' : 'doc:agenda.below', lang);
  const params = { item: itemNumberIn(target.number, lang), body: textIn(targetBody.name, lang), meeting, where };
  return label(meeting ? 'doc:agenda.crossReference' : 'doc:agenda.crossReferenceNoMeeting', lang, params);
}

/** "该项目将由两个工作组联合讨论。" (2017), or naming the bodies; none when the conventions say so. */
function jointNote(item: Item, joined: readonly Item[], { session, bodies, lang }: AnnotationContext): string | undefined {
  const { jointNote: form, jointBodyOrder } = conventionsOf(session, item);
  if (form === 'none') return undefined;
  if (form === 'count') {
    const count = label(`doc:count.${joined.length}`, lang, { defaultValue: String(joined.length) });
    return label('doc:agenda.jointNoteCount', lang, { count });
  }
  const names = jointBodies(joined, item.body, jointBodyOrder).map((id) => textIn(bodies.get(id)?.name, lang));
  return label('doc:agenda.jointNote', lang, { bodies: bodyList(names, lang) });
}

/** The item another body's annotation stands for, if the item names one that exists. */
function referredItem(item: Item, context: AnnotationContext): Item | undefined {
  const target = item.seeAnnotationOf === undefined ? undefined : context.items.get(item.seeAnnotationOf);
  return target && target.body !== item.body && context.bodies.has(target.body) ? target : undefined;
}

function section(entry: OutlinedItem, context: AnnotationContext): AnnotationSection {
  const { item, level, label: itemLabel } = entry;
  const { partners, lang } = context;
  const own = textIn(item.annotation, lang);
  const heading = withoutTrailingPunctuation(textIn(item.title, lang));
  const documents = (list: readonly DocumentRef[]) => list.map((d) => documentEntry(d, lang));
  const result: AnnotationSection = { itemId: item.id, level, label: itemLabel, heading, paragraphs: [], documents: [] };

  const referred = referredItem(item, context);
  if (referred) {
    return { ...result, crossReference: crossReference(referred, item, context), paragraphs: paragraphsOf(own), documents: documents(item.documents ?? []) };
  }
  const joined = item.joint === undefined ? undefined : partners.get(item.joint);
  const lead = joined?.[0];
  const leadText = lead ? textIn(lead.annotation, lang) : '';
  const leadSays = lead !== undefined && (leadText !== '' || (lead.documents?.length ?? 0) > 0);
  if (lead !== undefined && lead !== item && leadSays && (own === '' || own === leadText)) {
    // Documents the leading item lists are behind the cross-reference; any others are shown.
    const leadSymbols = new Set(lead.documents?.map((d) => d.symbol));
    return { ...result, crossReference: crossReference(lead, item, context), documents: documents((item.documents ?? []).filter((d) => !leadSymbols.has(d.symbol))) };
  }
  const note = joined ? jointNote(item, joined, context) : undefined;
  return { ...result, ...(note === undefined ? {} : { note }), paragraphs: paragraphsOf(own), documents: documents(item.documents ?? []) };
}

export function annotationSections(session: Session, outline: readonly OutlinedItem[], partners: ReadonlyMap<string, Item[]>, lang: DocLang): AnnotationSection[] {
  const context: AnnotationContext = {
    session,
    partners,
    bodies: new Map(session.bodies.map((body) => [body.id, body])),
    items: new Map(session.items.map((item) => [item.id, item])),
    lang,
  };
  return outline.map((entry) => section(entry, context));
}
