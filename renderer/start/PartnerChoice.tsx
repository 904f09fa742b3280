// Runs in the renderer. One side of a pair in the pairing dialog: "⇄ [partner ▾]", the select
// named for screen readers after the item it pairs ("Partner of Item 1(a) of WG.3").
import { useTranslation } from 'react-i18next';
import { textIn } from '../../shared/format/text.ts';
import type { DocLang } from '../../shared/i18n.ts';
import type { Item } from '../../shared/model/types.ts';

interface Props {
  id: string;
  /** The name of the item being paired, for the select's label. */
  of: string;
  value: string;
  /** The option for no partner; none offered when absent. */
  none?: string;
  partners: readonly Item[];
  lang: DocLang;
  itemName: (item: Item) => string;
  onChange: (partner: string) => void;
}

export function PartnerChoice({ id, of, value, none, partners, lang, itemName, onChange }: Props) {
  const { t } = useTranslation('start');
  return (
    <>
      <span className="pair-arrow" aria-hidden="true">
        ⇄
      </span>
      <div className="pair-b">
        <label className="visually-hidden" htmlFor={id}>
          {t('pair.partnerOf', { item: of })}
        </label>
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          {none !== undefined && <option value="">{none}</option>}
          {partners.map((item) => (
            <option key={item.id} value={item.id}>
              {itemName(item)} — {textIn(item.title, lang)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
