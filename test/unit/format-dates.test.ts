// Runs in Node (tests). Dates and date ranges for the masthead and the meeting lines.
import { describe, expect, it } from 'vitest';
import { dateLabel, dateRangeLabel } from '../../shared/format/index.ts';

describe('dateLabel', () => {
  it('writes the date of issue as the 2017 masthead does', () => {
    expect(dateLabel('2017-07-19', 'en')).toBe('19 July 2017');
    expect(dateLabel('2017-07-19', 'zh')).toBe('2017年7月19日');
  });
});

describe('dateRangeLabel', () => {
  it.each([
    ['within a month (2017 document)', '2017-10-09', '2017-10-13', '9–13 October 2017', '2017年10月9日至13日'],
    ['within a month, the second body', '2017-10-11', '2017-10-13', '11–13 October 2017', '2017年10月11日至13日'],
    ['across months', '2017-10-30', '2017-11-03', '30 October–3 November 2017', '2017年10月30日至11月3日'],
    ['across years', '2017-12-30', '2018-01-02', '30 December 2017–2 January 2018', '2017年12月30日至2018年1月2日'],
    ['one day', '2020-07-07', '2020-07-07', '7 July 2020', '2020年7月7日'],
    ['two days (2020 hybrid meeting)', '2020-07-07', '2020-07-08', '7–8 July 2020', '2020年7月7日至8日'],
  ])('%s', (_name, from, to, en, zh) => {
    expect(dateRangeLabel(from, to, 'en')).toBe(en);
    expect(dateRangeLabel(from, to, 'zh')).toBe(zh);
  });

  it('does not shift a day in a time zone west or east of UTC', () => {
    expect(dateRangeLabel('2024-01-01', '2024-01-05', 'en')).toBe('1–5 January 2024');
  });
});
