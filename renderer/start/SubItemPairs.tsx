// Runs in the renderer. Under two paired headings ("1. Organizational matters (joint item):"),
// their sub-items: each of the first body's with the partner heading's sub-item of the same
// letter, as the headings' key already makes them (shared/schedule/joint-discussions.ts), or
// with another one the officer chooses where the letters differ (then they get a key of their own).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../shared/format/text.ts';
import type { DocLang } from '../../shared/i18n.ts';
import { subItemPartners } from '../../shared/import/index.ts';
import type { Item, Session } from '../../shared/model/types.ts';
import { inAgendaOrder } from '../../shared/schedule/agenda-numbers.ts';
import { jointDiscussions, subItemsOf } from '../../shared/schedule/joint-discussions.ts';
import { HTML_LANG } from '../i18n.ts';
import { PartnerChoice } from './PartnerChoice.tsx';

export interface SubItemRow {
  headingA: string;
  a: string;
  /** The partner chosen: the same letter unless the officer chose another; empty for none. */
  b: string;
  /** The partner heading's sub-item of the same letter, or empty. */
  sameLetter: string;
}

export function subItemRows(session: Session, headingA: string, headingB: string, choices: Readonly<Record<string, string>>): SubItemRow[] {
  return subItemPartners(session, headingA, headingB).map(({ a, b }) => ({ headingA, a, b: choices[a] ?? b ?? '', sameLetter: b ?? '' }));
}

interface Props {
  session: Session;
  rows: readonly SubItemRow[];
  headingB: string;
  lang: DocLang;
  itemName: (item: Item) => string;
  onChoose: (a: string, b: string) => void;
}

export function SubItemPairs({ session, rows, headingB, lang, itemName, onChoose }: Props) {
  const { t } = useTranslation('start');
  const id = useId();
  if (rows.length === 0) return null;
  const items = new Map(session.items.map((item) => [item.id, item]));
  const heading = items.get(headingB);
  const partners = heading ? inAgendaOrder(subItemsOf(session.items, heading)) : [];
  const { keyOf } = jointDiscussions(session.items);
  return (
    <ul className="pair-sub-list" aria-label={t('pair.subItems')}>
      {rows.map((row) => {
        const a = items.get(row.a)!;
        const inEffect = row.b !== '' && keyOf.get(row.a) !== undefined && keyOf.get(row.a) === keyOf.get(row.b);
        const status = inEffect ? t('pair.already') : row.b === '' ? '' : row.b === row.sameLetter ? t('pair.byHeading') : t('pair.chosen');
        return (
          <li key={row.a} className="pair-sub-row" data-pair={a.number}>
            <span className="pair-a">
              <span className="pair-name">{itemName(a)}</span>
              <span className="pair-title" lang={HTML_LANG[lang]} dir="auto">
                {textIn(a.title, lang)}
              </span>
            </span>
            <PartnerChoice
              id={`${id}-${row.a}`}
              of={itemName(a)}
              value={row.b}
              {...(row.sameLetter === '' ? { none: t('pair.noSubItem') } : {})}
              partners={partners}
              lang={lang}
              itemName={itemName}
              onChange={(b) => onChoose(row.a, b)}
            />
            <span className="pair-score">{status}</span>
          </li>
        );
      })}
    </ul>
  );
}
