// Runs in the renderer. "Pair joint items…": imported agendas mark their joint items, but each
// body's marks are its own. Here the proposed partners (the most alike titles, see
// shared/import/joint-pairing.ts) are listed, "item 5 of WG.3 ⇄ item 2 of WG.2 (100%)", to
// confirm, correct (another partner) or reject one by one; confirming is one edit (one undo step).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/i18n.ts';
import { textIn } from '../../shared/format/text.ts';
import { applyJointPairs, jointItemsOf, proposeJointPairs, type JointPair } from '../../shared/import/index.ts';
import type { Item, Session } from '../../shared/model/types.ts';
import { bodyShortName } from '../agenda/AgendaPanel.tsx';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { useEditor, useSession, useShownLangs } from '../state/context.tsx';
import { startMessage } from './messages.ts';
import { bodyPairs } from './pairing.ts';
import { PartnerChoice } from './PartnerChoice.tsx';
import { SubItemPairs, subItemRows } from './SubItemPairs.tsx';

interface PairRow {
  key: string;
  a: string;
  /** The partner's item id; empty for none. */
  b: string;
  bodyB: string;
  score: number | null;
  confirmed: boolean;
}

/** One row per joint item of the first body of each pair of bodies: proposed partner, or none. */
function initialRows(session: Session): PairRow[] {
  return bodyPairs(session).flatMap(([bodyA, bodyB]) => {
    const { proposals } = proposeJointPairs(session, bodyA, bodyB);
    const jointOfA = jointItemsOf(session, bodyA);
    return jointOfA.map((item): PairRow => {
      const proposal = proposals.find((p) => p.a === item.id);
      return { key: `${item.id}>${bodyB}`, a: item.id, b: proposal?.b ?? '', bodyB, score: proposal?.score ?? null, confirmed: proposal !== undefined };
    });
  });
}

export function JointPairingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('start');
  const uiLang = useUiLang();
  const lang = useShownLangs()[0]!;
  const editor = useEditor();
  const session = useSession()!;
  const id = useId();
  // Proposed once, when the dialog opens: the officer's corrections are not re-proposed away.
  const [rows, setRows] = useState(() => initialRows(session));
  // Sub-items of paired headings go with the partner heading's sub-item of the same letter; an
  // officer's other choice (letters that differ) is kept here, by the first body's sub-item.
  const [subChoices, setSubChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<Message | null>(null);
  const items = useMemo(() => new Map(session.items.map((item) => [item.id, item])), [session]);
  // Items that already share a key are left as they are: applying again would rename their key.
  const pairedAlready = (row: PairRow) => row.b !== '' && items.get(row.b)?.joint === items.get(row.a)?.joint;
  const chosen = rows.filter((row) => row.confirmed && row.b !== '' && !pairedAlready(row));
  const subRows = rows.filter((row) => row.confirmed && row.b !== '').flatMap((row) => subItemRows(session, row.a, row.b, subChoices));
  const subPairs = subRows.filter((sub) => sub.b !== '' && sub.b !== sub.sameLetter);

  const itemName = (item: Item) => t('pair.item', { number: item.number, body: bodyShortName(session.bodies, item.body, lang) });
  const update = (key: string, patch: Partial<PairRow>) => setRows((list) => list.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const apply = () => {
    const taken = [...rows.filter((row) => row.confirmed && row.b !== ''), ...subRows.filter((sub) => sub.b !== '')];
    const twice = taken.find((row, i) => taken.findIndex((other) => other.b === row.b) !== i);
    if (twice) return setError(startMessage('pair.chosenTwice', { item: itemName(items.get(twice.b)!) }));
    const pairs: JointPair[] = [...chosen, ...subPairs].map(({ a, b }) => ({ a, b }));
    const result = editor.apply((current) => applyJointPairs(current, pairs));
    if (!result) return;
    if (!result.ok) return setError(result.error);
    editor.say(startMessage('pair.done', { count: pairs.length }));
    onClose();
  };

  return (
    <Modal
      title={t('pair.title')}
      onCancel={onClose}
      wide
      actions={
        rows.length === 0 ? (
          <button type="button" className="button primary" onClick={onClose}>
            {t('action.close')}
          </button>
        ) : (
          <DialogActions primary={{ label: t('pair.apply', { count: chosen.length + subPairs.length }), disabled: chosen.length + subPairs.length === 0, onClick: apply }} cancel={{ label: t('action.cancel'), onClick: onClose }} />
        )
      }
    >
      {rows.length === 0 ? (
        <p>{t('pair.nothing')}</p>
      ) : (
        <>
          <p className="hint">{t('pair.hint')}</p>
          <ul className="pair-list">
            {rows.map((row) => {
              const a = items.get(row.a)!;
              const partners = jointItemsOf(session, row.bodyB);
              const already = pairedAlready(row);
              return (
                <li key={row.key} className={`pair-row${row.confirmed && row.b ? ' is-confirmed' : ''}`} data-pair={a.number}>
                  <input
                    id={`${id}-${row.key}-ok`}
                    type="checkbox"
                    checked={row.confirmed}
                    disabled={row.b === ''}
                    onChange={(event) => update(row.key, { confirmed: event.target.checked })}
                  />
                  <label htmlFor={`${id}-${row.key}-ok`} className="pair-a">
                    <span className="pair-name">{itemName(a)}</span>
                    <span className="pair-title" lang={HTML_LANG[lang]} dir="auto">
                      {textIn(a.title, lang)}
                    </span>
                  </label>
                  <PartnerChoice
                    id={`${id}-${row.key}-b`}
                    of={itemName(a)}
                    value={row.b}
                    none={t('pair.none', { body: bodyShortName(session.bodies, row.bodyB, lang) })}
                    partners={partners}
                    lang={lang}
                    itemName={itemName}
                    onChange={(b) => update(row.key, { b, confirmed: b !== '', score: null })}
                  />
                  <span className="pair-score">
                    {already ? t('pair.already') : row.score !== null ? t('pair.score', { percent: Math.round(row.score * 100) }) : row.b ? t('pair.chosen') : ''}
                  </span>
                  {row.confirmed && row.b !== '' && (
                    <SubItemPairs
                      session={session}
                      rows={subRows.filter((sub) => sub.headingA === row.a)}
                      headingB={row.b}
                      lang={lang}
                      itemName={itemName}
                      onChoose={(a, b) => setSubChoices((choices) => ({ ...choices, [a]: b }))}
                    />
                  )}
                </li>
              );
            })}
          </ul>
          {error && (
            <p className="start-error" role="alert">
              {error[uiLang]}
            </p>
          )}
        </>
      )}
    </Modal>
  );
}
