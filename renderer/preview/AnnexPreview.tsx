// Runs in the renderer. The annex "Proposed organization of work" as it will be exported:
// straight from deriveAnnex, in Chinese, English or both side by side, laid out like the
// real table (date and time down the side, item and title under each body's name). It is
// redrawn in the same frame as the grid, day by day: a day an edit did not change is kept.
import { Fragment, memo } from 'react';
import { label, type DocLang } from '../../shared/i18n.ts';
import type { AnnexTable } from '../../shared/schedule/annex.ts';
import { HTML_LANG } from '../i18n.ts';
import { langsOf, useDocLang, useSession } from '../state/context.tsx';
import { annexOf } from '../state/derived.ts';

export function AnnexPreview() {
  const session = useSession()!;
  const langs = langsOf(useDocLang());
  return (
    <div className={`annex-preview${langs.length > 1 ? ' annex-both' : ''}`}>
      {langs.map((lang) => (
        <AnnexTableView key={lang} table={annexOf(session, lang)} />
      ))}
    </div>
  );
}

function AnnexTableView({ table }: { table: AnnexTable }) {
  const lang: DocLang = table.lang;
  const columns = 1 + table.bodies.length * 2;
  return (
    <figure className="annex" lang={HTML_LANG[lang]} data-annex-lang={lang}>
      <figcaption className="annex-title">{table.title}</figcaption>
      <table className="annex-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="annex-when">
              {label('doc:annex.dateAndTime', lang)}
            </th>
            {table.bodies.map((body) => (
              <th key={body.id} scope="colgroup" colSpan={2}>
                {body.name}
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
            {day.label}
          </th>
        </tr>
        {day.slots.map((slot, slotIndex) =>
          slot.rows.length === 0 ? (
            <tr key={slotIndex}>
              <th scope="row" className="annex-time">
                {slot.label}
              </th>
              {emptyCells()}
            </tr>
          ) : (
            slot.rows.map((row, rowIndex) => (
              <tr key={`${slotIndex}-${rowIndex}`}>
                {rowIndex === 0 && (
                  <th scope="rowgroup" rowSpan={slot.rows.length} className="annex-time">
                    {slot.label}
                  </th>
                )}
                {row.map((cell, bodyIndex) => (
                  <Fragment key={bodyIndex}>
                    <td className="annex-item">{cell?.item ?? ''}</td>
                    <td>{cell?.title ?? ''}</td>
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
