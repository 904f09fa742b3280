// Runs in the renderer. The annex "Proposed organization of work" as it will be exported:
// straight from deriveAnnex, in the document language(s), one table after the other, laid out like the
// real table (date and time down the side, item and title under each body's name). It is
// redrawn in the same frame as the grid, day by day: a day an edit did not change is kept.
import { Fragment, memo } from 'react';
import { label, type DocLang } from '../../shared/i18n.ts';
import type { AnnexTable } from '../../shared/schedule/annex.ts';
import { HTML_LANG } from '../i18n.ts';
import { dirOf } from '../state/doc-langs.ts';
import { useSession, useShownLangs } from '../state/context.tsx';
import { annexOf } from '../state/derived.ts';

export function AnnexPreview() {
  const session = useSession()!;
  const langs = useShownLangs();
  return (
    <div className={`annex-preview${langs.length > 1 ? ' annex-both' : ''}${langs.length > 2 ? ' annex-many' : ''}`}>
      {langs.map((lang) => (
        <AnnexTableView key={lang} table={annexOf(session, lang)} />
      ))}
    </div>
  );
}

/**
 * One table. Each text is a <bdi>: it takes the direction of its first strong letter, so in the
 * Arabic table an Arabic title runs right to left while "1(a)", or a label still falling back
 * to English, keeps its own order.
 */
function AnnexTableView({ table }: { table: AnnexTable }) {
  const lang: DocLang = table.lang;
  const columns = 1 + table.bodies.length * 2;
  return (
    // An Arabic table runs right to left: the date-and-time column on the right, as in the Arabic annex.
    <figure className="annex" lang={HTML_LANG[lang]} dir={dirOf(lang)} data-annex-lang={lang}>
      <figcaption className="annex-title">{table.title}</figcaption>
      <table className="annex-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="annex-when">
              {label('doc:annex.dateAndTime', lang)}
            </th>
            {table.bodies.map((body) => (
              <th key={body.id} scope="colgroup" colSpan={2}>
                <bdi>{body.name}</bdi>
              </th>
            ))}
          </tr>
          <tr>
            {table.bodies.map((body) => (
              <Fragment key={body.id}>
                <th scope="col" className="annex-item">
                  {label('doc:annex.item', lang)}
                </th>
                <th scope="col">{label('doc:annex.titleOrDescription', lang)}</th>
              </Fragment>
            ))}
          </tr>
        </thead>
        {table.days.map((day) => (
          <AnnexDay key={day.date} day={day} columns={columns} bodies={table.bodies.length} sig={signatureOf(day)} />
        ))}
      </table>
    </figure>
  );
}

type AnnexDayData = AnnexTable['days'][number];

const signatures = new WeakMap<AnnexDayData, string>();
/** A day's content as a string, so a day that an edit did not change is not redrawn. */
function signatureOf(day: AnnexDayData): string {
  let sig = signatures.get(day);
  if (sig === undefined) signatures.set(day, (sig = JSON.stringify(day)));
  return sig;
}

const AnnexDay = memo(
  function AnnexDay({ day, columns, bodies }: { day: AnnexDayData; columns: number; bodies: number; sig: string }) {
    const emptyCells = () =>
      Array.from({ length: bodies }, (_, body) => (
        <Fragment key={body}>
          <td />
          <td />
        </Fragment>
      ));
    return (
      <tbody>
        <tr className="annex-day">
          <th scope="rowgroup" colSpan={columns}>
            <bdi>{day.label}</bdi>
          </th>
        </tr>
        {day.slots.map((slot, slotIndex) =>
          slot.rows.length === 0 ? (
            <tr key={slotIndex}>
              <th scope="row" className="annex-time">
                <bdi>{slot.label}</bdi>
              </th>
              {emptyCells()}
            </tr>
          ) : (
            slot.rows.map((row, rowIndex) => (
              <tr key={`${slotIndex}-${rowIndex}`}>
                {rowIndex === 0 && (
                  <th scope="rowgroup" rowSpan={slot.rows.length} className="annex-time">
                    <bdi>{slot.label}</bdi>
                  </th>
                )}
                {row.map((cell, bodyIndex) => (
                  <Fragment key={bodyIndex}>
                    <td className="annex-item"><bdi>{cell?.item ?? ''}</bdi></td>
                    <td><bdi>{cell?.title ?? ''}</bdi></td>
                  </Fragment>
                ))}
              </tr>
            ))
          ),
        )}
      </tbody>
    );
  },
  (a, b) => a.sig === b.sig && a.columns === b.columns,
);
