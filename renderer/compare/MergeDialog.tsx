// Runs in the renderer. The merge waiting for the person (comparison.ts): whether a common
// version was found, each conflict with a choice between this copy and the other, a preview
// of the result (the change list from the open session to it), then "Apply merge", which
// replaces the open session as ONE edit, undone by one Undo.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSessions, resolveMerge, type Conflict, type Picks, type Side } from '../../shared/merge/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { DocText, textsIn } from '../widgets/DocText.tsx';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { useEditor, useShownLangs } from '../state/context.tsx';
import { useStore } from '../state/store.ts';
import { ChangeList } from './ChangeList.tsx';
import { compareButtonRef, pendingMerge, type PendingMerge } from './comparison.ts';
import { compareMessage } from './messages.ts';

export function MergeDialog() {
  const pending = useStore(pendingMerge, (p) => p);
  return pending ? <MergeView pending={pending} /> : null;
}

const SIDES: readonly Side[] = ['ours', 'theirs'];

function MergeView({ pending }: { pending: PendingMerge }) {
  const { t } = useTranslation('compare');
  const editor = useEditor();
  const uiLang = useUiLang();
  const { merge, other, threeWay } = pending;
  const [picks, setPicks] = useState<Picks>({});
  const [missing, setMissing] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const thisName = useStore(editor.doc, (state) => state?.file.name ?? '') || t('untitled');
  const conflicts = merge.conflicts;
  const open = conflicts.filter((conflict) => picks[conflict.id] === undefined);

  // The result as picked so far; a difference not yet picked keeps this copy in the preview.
  const preview = useMemo(() => {
    const result = resolveMerge(merge, picks, 'ours');
    return result.ok ? result.session : merge.ours;
  }, [merge, picks]);
  const changes = useMemo(() => diffSessions(merge.ours, preview), [merge.ours, preview]);

  // Back to the Compare button once the modal dialog is gone (while it is open, the page behind is inert).
  const refocus = () => setTimeout(() => compareButtonRef.current?.focus(), 0);
  const close = () => {
    pendingMerge.set(null);
    refocus();
  };

  const apply = () => {
    const result = resolveMerge(merge, picks);
    if (!result.ok) {
      setMissing(true);
      bodyRef.current?.querySelector<HTMLInputElement>(`[data-conflict="${CSS.escape(result.unresolved[0]!.id)}"] input`)?.focus();
      return;
    }
    const merged = result.session;
    const count = diffSessions(merge.ours, merged).length;
    pendingMerge.set(null);
    if (editor.apply(() => ({ ok: true, session: merged }))?.ok) editor.say(compareMessage('merge.applied', { count, other: other.name }));
    refocus();
  };

  // The window's shortcuts (Ctrl+Z, Ctrl+S…) wait while the dialog is open (App.tsx).
  return (
    <Modal
      wide
      title={t('merge.title', { other: other.name, this: thisName })}
      onCancel={close}
      actions={
        <DialogActions primary={{ label: t('merge.apply'), onClick: apply }} cancel={{ label: t('merge.cancel'), onClick: close }} />
      }
    >
      <div className="merge-dialog" ref={bodyRef} data-testid="merge-dialog" lang={HTML_LANG[uiLang]}>
        <p className={threeWay ? 'merge-basis' : 'merge-basis merge-two-way'}>{threeWay ? t('merge.threeWay') : t('merge.twoWay')}</p>
        {conflicts.length > 0 && (
          <section className="merge-conflicts" aria-labelledby="merge-conflicts-heading">
            <h3 id="merge-conflicts-heading">{t('merge.conflicts', { count: conflicts.length })}</h3>
            {missing && open.length > 0 && (
              <p className="merge-missing" role="alert">
                {t('merge.pickAll', { count: open.length })}
              </p>
            )}
            <ol className="conflict-list">
              {conflicts.map((conflict) => (
                <ConflictChoice
                  key={conflict.id}
                  conflict={conflict}
                  sessions={merge}
                  pick={picks[conflict.id]}
                  onPick={(side) => setPicks((previous) => ({ ...previous, [conflict.id]: side }))}
                />
              ))}
            </ol>
          </section>
        )}
        <section className="merge-preview" aria-labelledby="merge-preview-heading">
          <h3 id="merge-preview-heading">{t('merge.preview')}</h3>
          <p className="merge-summary" role="status">
            {changes.length === 0 ? t('merge.nothing', { other: other.name }) : t('merge.summary', { count: changes.length, other: other.name })}
            {open.length > 0 && conflicts.length > 0 ? ` ${t('merge.previewOpen', { count: open.length })}` : ''}
          </p>
          <ChangeList changes={changes} level={4} />
        </section>
      </div>
    </Modal>
  );
}

/** One conflict: what differs, the item's title in the document language, and the two choices. */
function ConflictChoice({ conflict, sessions, pick, onPick }: { conflict: Conflict; sessions: { ours: Session; theirs: Session }; pick: Side | undefined; onPick: (side: Side) => void }) {
  const { t } = useTranslation('compare');
  const uiLang = useUiLang();
  const langs = useShownLangs();
  const item = conflict.item ? (sessions.ours.items.find((i) => i.id === conflict.item) ?? sessions.theirs.items.find((i) => i.id === conflict.item)) : undefined;
  const name = `pick-${conflict.id}`;
  return (
    <li className={`conflict${pick ? '' : ' is-open'}`} data-conflict={conflict.id}>
      <fieldset>
        <legend>{conflict.message[uiLang]}</legend>
        {item && (
          <p className="conflict-item">
            <span className="conflict-number">{item.number}</span> <DocText texts={textsIn(item.title, langs)} langs={langs} />
          </p>
        )}
        <div className="conflict-sides">
          {SIDES.map((side) => (
            <label key={side} className={`conflict-side side-${side}`}>
              <input type="radio" name={name} value={side} checked={pick === side} onChange={() => onPick(side)} />
              <span className="conflict-side-label">{t(`merge.${side}`)}</span>
              <span className="conflict-side-value">{conflict[side][uiLang]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
