// Runs in the renderer. The review of "fill missing translations": every gap the term base
// filled — where, the text it was filled from and its language, the translation and its
// language (any of the session's, up to six) — each kept by default. Apply
// writes the kept ones as ONE edit (one Undo takes them all back); Cancel or Escape changes
// nothing.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/model/types.ts';
import { fillPlaces, type FilledTranslation } from '../../shared/termbase/index.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { useUiLang } from '../i18n.ts';
import { htmlLangOf } from './html-lang.ts';
import { describePlace } from './fill-place.ts';

interface FillReviewProps {
  /** The session as filled: it has every label the fills name, where they name it. */
  session: Session;
  filled: readonly FilledTranslation[];
  onApply: (accepted: FilledTranslation[]) => void;
  onCancel: () => void;
}

export function FillReview({ session, filled, onApply, onCancel }: FillReviewProps) {
  const { t } = useTranslation('terms');
  const uiLang = useUiLang();
  const id = useId();
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(filled.map((fill) => fill.path)));
  const places = useMemo(() => fillPlaces(session), [session]);
  const toggle = (path: string, keep: boolean) =>
    setKept((previous) => {
      const next = new Set(previous);
      if (keep) next.add(path);
      else next.delete(path);
      return next;
    });
  const accepted = filled.filter((fill) => kept.has(fill.path));
  return (
    <Modal
      title={t('fill.title')}
      onCancel={onCancel}
      wide
      actions={
        <DialogActions
          primary={{ label: t('fill.apply', { count: accepted.length }), disabled: accepted.length === 0, onClick: () => onApply(accepted) }}
          cancel={{ label: t('fill.cancel'), onClick: onCancel }}
        />
      }
    >
      <p>{t('fill.intro', { count: filled.length })}</p>
      <div className="fill-review-tools">
        <button type="button" className="link-button" onClick={() => setKept(new Set(filled.map((fill) => fill.path)))}>
          {t('fill.keepAll')}
        </button>
        <button type="button" className="link-button" onClick={() => setKept(new Set())}>
          {t('fill.keepNone')}
        </button>
        <span className="hint-inline" role="status">
          {t('fill.keptCount', { count: accepted.length, total: filled.length })}
        </span>
      </div>
      <table className="fill-review">
        <thead>
          <tr>
            <th scope="col">{t('fill.keep')}</th>
            <th scope="col">{t('fill.where')}</th>
            <th scope="col">{t('fill.from')}</th>
            <th scope="col">{t('fill.to')}</th>
          </tr>
        </thead>
        <tbody>
          {filled.map((fill, index) => {
            const place = places.get(fill.path);
            const rowId = `${id}-${index}`;
            return (
              <tr key={fill.path} data-path={fill.path} className={kept.has(fill.path) ? undefined : 'is-dropped'}>
                <td>
                  <input
                    type="checkbox"
                    checked={kept.has(fill.path)}
                    aria-labelledby={`${rowId}-where ${rowId}-to`}
                    onChange={(event) => toggle(fill.path, event.target.checked)}
                  />
                </td>
                <td id={`${rowId}-where`}>
                  {describePlace(session, place, fill.path, t, uiLang)}
                  {place && <span className="lang-badge">{t(`lang.${place.lang}`)}</span>}
                </td>
                <td>
                  <span lang={htmlLangOf(fill.fromLang)}>{fill.from}</span>
                  <span className="lang-badge">{t(`lang.${fill.fromLang}`)}</span>
                </td>
                <td id={`${rowId}-to`} lang={place ? htmlLangOf(place.lang) : undefined}>
                  {fill.to}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Modal>
  );
}
