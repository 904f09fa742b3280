// Runs everywhere (shared). Texts and document symbols: every label in each language the
// session declares (a gap falls back to the other language in the documents, which is what
// the officer must notice), symbols shaped like UN symbols, one title per document.
import { label, type DocLang, type Message } from '../i18n.ts';
import type { LangText } from '../model/types.ts';
import type { RuleContext, RuleGroup } from './context.ts';
import type { SessionIndex } from './session-index.ts';
import { bodyName, inEveryLang, itemName } from './names.ts';
import { ruleMessage } from './templates.ts';
import type { ProblemLocation } from './types.ts';

/**
 * "CTOC/COP/WG.3/2017/2", "E/CN.15/2017/L.2/Add.1", "A/ES-10/1"; a document of two bodies
 * carries both symbols joined by a hyphen, which this shape accepts too. Upper-case series
 * first, then parts separated by slashes; no spaces, no full-width slashes or stops.
 */
const UN_SYMBOL = /^[A-Z]+(?:\/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)+$/u;

export function looksLikeUnSymbol(symbol: string): boolean {
  return UN_SYMBOL.test(symbol);
}

const NO_GAPS: readonly DocLang[] = [];

/** The declared languages a label lacks; none for a label the session does not have at all. */
function gapsIn(index: SessionIndex, text: LangText | undefined): readonly DocLang[] {
  if (text === undefined) return NO_GAPS;
  let gaps: DocLang[] | undefined;
  for (const lang of index.languages) if (!text[lang]?.trim()) (gaps ??= []).push(lang);
  return gaps ?? NO_GAPS;
}

function reportGaps({ report }: RuleContext, gaps: readonly DocLang[], field: string, owner: Message, location: ProblemLocation): void {
  for (const missing of gaps) {
    report('text.missing-translation', location, {
      language: inEveryLang((lang) => label(`doc:language.${missing}`, lang)),
      field: ruleMessage(`field.${field}`),
      owner,
    });
  }
}

// Names and places are made only for a label found missing: most sessions have none.
function checkLabels(context: RuleContext): void {
  const { index } = context;
  const { session } = index;
  for (const field of ['title', 'venue'] as const) {
    const gaps = gapsIn(index, session[field]);
    if (gaps.length) reportGaps(context, gaps, field, ruleMessage('name.session'), { kind: 'session', field });
  }
  for (const body of session.bodies) {
    for (const field of ['name', 'meeting'] as const) {
      const gaps = gapsIn(index, body[field]);
      if (gaps.length) reportGaps(context, gaps, field, ruleMessage('name.body', { body: bodyName(index, body.id) }), { kind: 'body', body: body.id, field });
    }
  }
  for (const item of session.items) {
    for (const field of ['title', 'annexTitle', 'shortTitle', 'annotation'] as const) {
      const gaps = gapsIn(index, item[field]);
      if (gaps.length) reportGaps(context, gaps, field, itemName(index, item), { kind: 'item', item: item.id, field });
    }
    item.documents?.forEach((document, i) => {
      const gaps = gapsIn(index, document.title);
      if (!gaps.length) return;
      const owner = ruleMessage('name.document', { symbol: document.symbol, item: itemName(index, item) });
      reportGaps(context, gaps, 'documentTitle', owner, { kind: 'document', item: item.id, index: i });
    });
  }
}

const sameText = (a: string | undefined, b: string | undefined) => a?.replace(/\s+/gu, ' ').trim() === b?.replace(/\s+/gu, ' ').trim();

/** The same document listed under several items (a joint document, say) must carry one title. */
function checkSymbols({ index, report }: RuleContext): void {
  const firstListing = new Map<string, { item: string; title: LangText | undefined }>();
  for (const body of index.session.bodies) {
    if (body.symbol !== undefined && !looksLikeUnSymbol(body.symbol)) {
      report('text.symbol-format', { kind: 'body', body: body.id, field: 'symbol' }, { symbol: body.symbol, body: bodyName(index, body.id) }, 'body');
    }
  }
  for (const item of index.session.items) {
    item.documents?.forEach((document, i) => {
      const at = { kind: 'document', item: item.id, index: i } as const;
      if (!looksLikeUnSymbol(document.symbol)) report('text.symbol-format', at, { symbol: document.symbol, item: itemName(index, item) }, 'document');
      const first = firstListing.get(document.symbol);
      if (!first) {
        firstListing.set(document.symbol, { item: item.id, title: document.title });
        return;
      }
      const differs = index.languages.some((lang) => {
        const [a, b] = [first.title?.[lang], document.title?.[lang]];
        return a?.trim() && b?.trim() && !sameText(a, b);
      });
      if (differs) {
        report('text.symbol-titles-differ', at, {
          symbol: document.symbol,
          item: itemName(index, item),
          first: itemName(index, index.items.get(first.item)!),
        });
      }
    });
  }
}

/**
 * "See the annotation of item 1(b) of the other body" must name an item of another body: one
 * that was removed, or renumbered into the same body by a merge, leaves the document without
 * the cross-reference it was meant to print (the document leaves it out silently).
 */
function checkAnnotationReferences({ index, report }: RuleContext): void {
  for (const item of index.session.items) {
    if (item.seeAnnotationOf === undefined) continue;
    const target = index.items.get(item.seeAnnotationOf);
    if (target && target.body !== item.body) continue;
    report(
      'text.see-annotation-missing',
      { kind: 'item', item: item.id, field: 'seeAnnotationOf' },
      { item: itemName(index, item), target: target ? itemName(index, target) : { en: `"${item.seeAnnotationOf}"`, zh: `“${item.seeAnnotationOf}”` } },
      target ? 'sameBody' : 'missing',
    );
  }
}

export const checkText: RuleGroup = (context) => {
  checkLabels(context);
  checkSymbols(context);
  checkAnnotationReferences(context);
};
