// Runs in the renderer. The session inspector's masthead of the agenda document: the convening
// organ ("Conference of the Parties to …"), the date of issue, the distribution and the
// original language — what shared/schedule/agenda-document/masthead.ts prints. Each change
// is one editSession, one undo step.
import { useTranslation } from 'react-i18next';
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';
import { DISTRIBUTIONS, type Distribution, type Session } from '../../shared/model/types.ts';
import { editSession, type SessionFields } from '../../shared/schedule/index.ts';
import { useEditor } from '../state/context.tsx';
import { LangTextField, Section, TextField } from './fields.tsx';
import { SelectField } from './SelectField.tsx';

export function MastheadFields({ session, languages }: { session: Session; languages: readonly DocLang[] }) {
  const { t } = useTranslation('document');
  const editor = useEditor();
  const patch = (fields: SessionFields) => editor.apply((s) => editSession(s, fields));
  return (
    <Section title={t('masthead.heading')}>
      <LangTextField label={t('masthead.convener')} value={session.convener} languages={languages} hint={t('masthead.convenerHint')} onCommit={(convener) => patch({ convener })} />
      <TextField label={t('masthead.issued')} type="date" value={session.issued ?? ''} hint={t('masthead.issuedHint')} onCommit={(issued) => patch({ issued: issued || undefined })} />
      <div className="field-pair">
        <SelectField
          label={t('masthead.distribution')}
          value={session.distribution ?? 'general'}
          options={DISTRIBUTIONS.map((value) => ({ value, text: t(`masthead.${value}`) }))}
          // General is what an absent field means: the file keeps no default.
          onChange={(value) => patch({ distribution: value === 'general' ? undefined : (value as Distribution) })}
        />
        <SelectField
          label={t('masthead.originalLanguage')}
          value={session.originalLanguage ?? ''}
          options={[{ value: '', text: t('masthead.originalNone') }, ...DOC_LANGS.map((value) => ({ value, text: t(`masthead.${value}`) }))]}
          onChange={(value) => patch({ originalLanguage: value === '' ? undefined : (value as DocLang) })}
        />
      </div>
    </Section>
  );
}
