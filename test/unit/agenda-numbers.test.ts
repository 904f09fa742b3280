// Runs in Node (tests). Agenda item numbers: headings and sub-items, and agenda order.
import { describe, expect, it } from 'vitest';
import { compareAgendaNumbers, inAgendaOrder, parentNumber } from '../../shared/schedule/index.ts';

describe('parentNumber', () => {
  it.each([
    ['1(a)', '1'],
    ['12 (b)', '12'],
    ['1(a)(ii)', '1(a)'],
    ['1', null],
    ['10', null],
    ['(a)', null],
  ])('%s is under %s', (number, parent) => expect(parentNumber(number)).toBe(parent));
});

describe('agenda order', () => {
  it('goes by the numbers: headings before their sub-items, 9 before 10, (iv) before (v)', () => {
    const shuffled = ['10', '2', '1(b)', '1', '9', '1(a)(v)', '1(a)', '1(a)(iv)', '1(a)(ix)'];
    expect(inAgendaOrder(shuffled.map((number) => ({ number }))).map((item) => item.number)).toEqual([
      '1',
      '1(a)',
      '1(a)(iv)',
      '1(a)(v)',
      '1(a)(ix)',
      '1(b)',
      '2',
      '9',
      '10',
    ]);
    expect(compareAgendaNumbers('12 (b)', '12(a)')).toBeGreaterThan(0);
  });

  it('keeps items of equal numbers in their order', () => {
    const items = [{ number: '2', id: 'first' }, { number: '1' }, { number: '2', id: 'second' }];
    expect(inAgendaOrder(items).map((item) => item.number + (item.id ?? ''))).toEqual(['1', '2first', '2second']);
  });
});
