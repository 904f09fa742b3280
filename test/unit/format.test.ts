import { describe, expect, it } from 'vitest';
import { dayLabel, timeLabel, textIn, withoutTrailingStop } from '../../shared/format/index.ts';

describe('dayLabel', () => {
  it('writes the 2017 annex headings', () => {
    expect(dayLabel('2017-10-09', 'zh')).toBe('10月9日，星期一');
    expect(dayLabel('2017-10-09', 'en')).toBe('Monday, 9 October');
  });

  it('adds the year when asked, as the 2022 annex does', () => {
    expect(dayLabel('2022-05-23', 'zh', { showYear: true })).toBe('2022年5月23日，星期一');
    expect(dayLabel('2022-05-23', 'en', { showYear: true })).toBe('Monday, 23 May 2022');
  });

  it.each([
    ['2017-10-09', 'Monday, 9 October', '10月9日，星期一'],
    ['2017-10-10', 'Tuesday, 10 October', '10月10日，星期二'],
    ['2017-10-11', 'Wednesday, 11 October', '10月11日，星期三'],
    ['2017-10-12', 'Thursday, 12 October', '10月12日，星期四'],
    ['2017-10-13', 'Friday, 13 October', '10月13日，星期五'],
    ['2017-10-14', 'Saturday, 14 October', '10月14日，星期六'],
    ['2017-10-15', 'Sunday, 15 October', '10月15日，星期日'],
  ])('names every weekday: %s', (date, en, zh) => {
    expect(dayLabel(date, 'en')).toBe(en);
    expect(dayLabel(date, 'zh')).toBe(zh);
  });

  it('does not shift the day in a time zone west or east of UTC', () => {
    // Dates are calendar dates: 1 January stays 1 January wherever the laptop is.
    expect(dayLabel('2024-01-01', 'en', { showYear: true })).toBe('Monday, 1 January 2024');
  });
});

describe('timeLabel', () => {
  it.each([
    ['morning to afternoon (across noon)', '10:00', '13:00', '10 a.m.–1 p.m.', '上午10时至下午1时'],
    ['afternoon', '15:00', '18:00', '3–6 p.m.', '下午3时至6时'],
    ['morning only', '09:00', '11:00', '9–11 a.m.', '上午9时至11时'],
    ['minutes', '09:30', '11:45', '9.30–11.45 a.m.', '上午9时30分至11时45分'],
    ['ending at noon', '10:00', '12:00', '10 a.m.–12 noon', '上午10时至中午12时'],
    ['starting at noon (hybrid)', '12:00', '14:00', '12 noon–2 p.m.', '中午12时至下午2时'],
    ['across noon with minutes', '11:30', '13:15', '11.30 a.m.–1.15 p.m.', '上午11时30分至下午1时15分'],
    ['evening', '18:00', '21:00', '6–9 p.m.', '下午6时至晚上9时'],
    ['hybrid afternoon', '16:00', '18:00', '4–6 p.m.', '下午4时至6时'],
  ])('%s', (_name, start, end, en, zh) => {
    expect(timeLabel(start, end, 'en')).toBe(en);
    expect(timeLabel(start, end, 'zh')).toBe(zh);
  });
});

describe('text helpers', () => {
  it('falls back to the other language for a translation gap', () => {
    expect(textIn({ en: 'Other matters' }, 'zh')).toBe('Other matters');
    expect(textIn({ en: ' ', zh: '其他事项' }, 'en')).toBe('其他事项');
    expect(textIn(undefined, 'en')).toBe('');
  });

  it('drops the full stop or semicolon an agenda title ends with', () => {
    expect(withoutTrailingStop('Adoption of the report.')).toBe('Adoption of the report');
    expect(withoutTrailingStop('通过报告。')).toBe('通过报告');
    expect(withoutTrailingStop('会议开幕；')).toBe('会议开幕');
    expect(withoutTrailingStop('Resolution 8/2 of the U.N')).toBe('Resolution 8/2 of the U.N');
  });
});
