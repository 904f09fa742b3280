// Runs in the renderer. The agenda conventions of issue 13 (shared/model/types.ts
// DocumentConventions): per session in the session inspector, and per joint item where its
// agenda line departs from the session's. A choice equal to what an absent field means is
// stored as absent, so a session on the 2017 conventions keeps a file without them.
import { useTranslation } from 'react-i18next';
import {
  conventionsOf,
  DEFAULT_CONVENTIONS,
  JOINT_BODY_ORDERS,
  JOINT_MARK_FORMS,
  JOINT_MARK_PLACES,
  JOINT_NOTES,
  TITLE_VARIANTS,
  type DocumentConventions,
  type Item,
  type ItemConventions,
  type Session,
} from '../../shared/model/types.ts';
import { editItem, editSession } from '../../shared/schedule/index.ts';
import { useEditor } from '../state/context.tsx';
import { CheckField, Section } from './fields.tsx';
import { SelectField, type SelectOption } from './SelectField.tsx';

type ItemField = keyof ItemConventions;

/** Each item-level convention: its choices and the locale key of their texts. */
const ITEM_FIELDS: readonly { field: ItemField; values: readonly string[]; texts: string }[] = [
  { field: 'jointMarkPlace', values: JOINT_MARK_PLACES, texts: 'place' },
  { field: 'jointMarkForm', values: JOINT_MARK_FORMS, texts: 'form' },
  { field: 'jointBodyOrder', values: JOINT_BODY_ORDERS, texts: 'order' },
  { field: 'jointNote', values: JOINT_NOTES, texts: 'note' },
];

/** `conventions` with `field` set to `value`, or without it when `value` is what absence means; undefined when nothing is left. */
function withConvention<T extends object>(conventions: T | undefined, field: keyof T, value: T[keyof T] | undefined): T | undefined {
  const next = { ...conventions } as T;
  if (value === undefined) delete next[field];
  else next[field] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

export function SessionConventionsFields({ session }: { session: Session }) {
  const { t } = useTranslation('document');
  const editor = useEditor();
  const current = conventionsOf(session);
  const set = <K extends keyof DocumentConventions>(field: K, value: DocumentConventions[K] | undefined) =>
    editor.apply((s) => editSession(s, { conventions: withConvention(s.conventions, field, value) }));
  /** A field whose 2017 default is stored as absent. */
  const setDefaulted = <K extends keyof typeof DEFAULT_CONVENTIONS>(field: K, value: (typeof DEFAULT_CONVENTIONS)[K]) =>
    set(field, value === DEFAULT_CONVENTIONS[field] ? undefined : value);
  const options = (values: readonly string[], texts: string): SelectOption[] => values.map((value) => ({ value, text: t(`conventions.${texts}.${value}`) }));
  return (
    <Section title={t('conventions.heading')}>
      <p className="hint">{t('conventions.hint')}</p>
      <SelectField
        label={t('conventions.titleVariant')}
        value={current.titleVariant ?? ''}
        options={[{ value: '', text: t('conventions.title.session') }, ...options(TITLE_VARIANTS, 'title')]}
        onChange={(value) => set('titleVariant', value === '' ? undefined : (value as DocumentConventions['titleVariant']))}
      />
      <SelectField
        label={t('conventions.jointMarkPlace')}
        value={current.jointMarkPlace ?? ''}
        options={[{ value: '', text: t('conventions.place.language') }, ...options(JOINT_MARK_PLACES, 'place')]}
        onChange={(value) => set('jointMarkPlace', value === '' ? undefined : (value as ItemConventions['jointMarkPlace']))}
      />
      <SelectField
        label={t('conventions.jointMarkForm')}
        value={current.jointMarkForm}
        options={options(JOINT_MARK_FORMS, 'form')}
        onChange={(value) => setDefaulted('jointMarkForm', value as (typeof JOINT_MARK_FORMS)[number])}
      />
      <SelectField
        label={t('conventions.jointBodyOrder')}
        value={current.jointBodyOrder}
        options={options(JOINT_BODY_ORDERS, 'order')}
        onChange={(value) => setDefaulted('jointBodyOrder', value as (typeof JOINT_BODY_ORDERS)[number])}
      />
      <SelectField
        label={t('conventions.jointNote')}
        value={current.jointNote}
        options={options(JOINT_NOTES, 'note')}
        onChange={(value) => setDefaulted('jointNote', value as (typeof JOINT_NOTES)[number])}
      />
      <CheckField label={t('conventions.annexBodiesHeader')} checked={current.annexBodiesHeader} onChange={(checked) => setDefaulted('annexBodiesHeader', checked)} />
    </Section>
  );
}

/** A joint item's own conventions: each choice offers "as the session" (the field absent) first. */
export function ItemConventionsFields({ session, item }: { session: Session; item: Item }) {
  const { t } = useTranslation('document');
  const editor = useEditor();
  const sessionWide = conventionsOf(session);
  const text = (texts: string, value: string | undefined) => t(`conventions.${texts}.${value ?? 'language'}`);
  return (
    <Section title={t('conventions.itemHeading')}>
      <p className="hint">{t('conventions.itemHint')}</p>
      {ITEM_FIELDS.map(({ field, values, texts }) => (
        <SelectField
          key={field}
          label={t(`conventions.${field}`)}
          value={item.conventions?.[field] ?? ''}
          options={[{ value: '', text: t('conventions.asSession', { value: text(texts, sessionWide[field]) }) }, ...values.map((value) => ({ value, text: text(texts, value) }))]}
          onChange={(value) =>
            editor.apply((s) => editItem(s, item.id, { conventions: withConvention<ItemConventions>(item.conventions, field, value === '' ? undefined : (value as never)) }))
          }
        />
      ))}
    </Section>
  );
}
