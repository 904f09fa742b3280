// Runs in the renderer. An item's annotation in the agenda document: its paragraphs in Chinese
// and English side by side (free text: paragraphs separated by an empty line), and the item
// of another body whose annotation it refers to ("see the annotation of item 1(b) of …"),
// for an item that is not joint but is discussed there. Each change is one editItem.
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import { textIn } from '../../shared/format/text.ts';
import type { Body, Item, LangText } from '../../shared/model/types.ts';
import { editItem } from '../../shared/schedule/index.ts';
import { useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';
import { LangTextField } from './fields.tsx';
import { SelectField } from './SelectField.tsx';

interface AnnotationFieldsProps {
  item: Item;
  bodies: readonly Body[];
  items: readonly Item[];
  languages: readonly DocLang[];
}

export function AnnotationFields({ item, bodies, items, languages }: AnnotationFieldsProps) {
  const { t } = useTranslation('document');
  const editor = useEditor();
  const uiLang = useUiLang();
  const patch = (fields: Partial<Omit<Item, 'id'>>) => editor.apply((s) => editItem(s, item.id, fields));
  const bodyName = (id: string) => textIn(bodies.find((body) => body.id === id)?.name, uiLang) || id;
  const others = items.filter((candidate) => candidate.body !== item.body);
  return (
    <>
      <LangTextField
        label={t('annotation.label')}
        value={item.annotation}
        languages={languages}
        multiline="long"
        hint={t('annotation.hint')}
        onCommit={(annotation: LangText | undefined) => patch({ annotation })}
      />
      {others.length > 0 && (
        <SelectField
          label={t('annotation.seeAnnotationOf')}
          value={item.seeAnnotationOf ?? ''}
          hint={t('annotation.seeHint')}
          options={[
            { value: '', text: t('annotation.ownAnnotation') },
            ...others.map((other) => ({ value: other.id, text: t('annotation.option', { body: bodyName(other.body), number: other.number, title: textIn(other.title, uiLang) }) })),
          ]}
          onChange={(value) => patch({ seeAnnotationOf: value || undefined })}
        />
      )}
    </>
  );
}
