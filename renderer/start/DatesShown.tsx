// Runs in the renderer. A date or a range of dates written out in the interface language
// ("9–13 October 2017" / "2017年10月9日至13日") beside the wizard's date fields: a browser's date
// field writes dates in the computer's format, whatever language Orgwork speaks.
import { dateRangeLabel } from '../../shared/format/dates.ts';
import { isCalendarDate } from '../../shared/model/calendar.ts';
import { HTML_LANG, useUiLang } from '../i18n.ts';

export function DatesShown({ id, from, to = from }: { id: string; from: string; to?: string }) {
  const lang = useUiLang();
  const complete = isCalendarDate(from) && isCalendarDate(to) && from <= to;
  return (
    <p id={id} className="hint dates-shown" lang={HTML_LANG[lang]}>
      {complete ? dateRangeLabel(from, to, lang) : ''}
    </p>
  );
}
