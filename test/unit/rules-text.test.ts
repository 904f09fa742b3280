// Runs in Node (tests). Labels in every declared language, document symbols, one title per
// document: each rule once triggered, once not.
import { describe, expect, it } from 'vitest';
import { looksLikeUnSymbol } from '../../shared/rules/index.ts';
import { editItem, editSession } from '../../shared/schedule/index.ts';
import { documentFixtureSession, fixtureSession } from './fixtures.ts';
import { edited, fromJson, problemsOf } from './rules-helpers.ts';

const englishOnlyTitle = (s: ReturnType<typeof fixtureSession>) => editItem(s, 'wg3-4', { title: { en: 'Recent developments in obtaining electronic evidence' } });

describe('text.missing-translation (warning)', () => {
  it('flags a label missing in a language the session declares, naming the field and its owner', () => {
    expect(problemsOf(edited(englishOnlyTitle), 'text.missing-translation')).toEqual([
      {
        rule: 'text.missing-translation',
        severity: 'warning',
        location: { kind: 'item', item: 'wg3-4', field: 'title' },
        message: { en: 'The Chinese title of item 4 of the Working Group on International Cooperation is missing', zh: '国际合作工作组议程项目4缺少中文标题' },
      },
    ]);
  });

  it('flags blank texts, in bodies, the session and document titles too', () => {
    const session = fromJson((j) => {
      j.title.en = '  ';
      j.bodies[1].meeting = { zh: '第十次会议' };
      j.items[13].documents[0].title = { en: 'Background paper' };
    });
    expect(problemsOf(session, 'text.missing-translation').map((p) => [p.location, p.message.en])).toEqual([
      [{ kind: 'session', field: 'title' }, 'The English title of the session is missing'],
      [{ kind: 'body', body: 'wg2', field: 'meeting' }, 'The English meeting name of the Working Group of Government Experts on Technical Assistance is missing'],
      [{ kind: 'document', item: 'wg2-3', index: 0 }, 'The Chinese title of document CTOC/COP/WG.2/2017/3 under item 3 of the Working Group of Government Experts on Technical Assistance is missing'],
    ]);
    expect(problemsOf(session, 'text.missing-translation')[2]!.message.zh).toBe('技术援助问题政府专家工作组议程项目3下的文件CTOC/COP/WG.2/2017/3缺少中文标题');
  });

  it('is quiet for a language the session does not declare, and for a complete session (the fixture)', () => {
    expect(problemsOf(edited(englishOnlyTitle, (s) => editSession(s, { languages: ['en'] })), 'text.missing-translation')).toEqual([]);
    expect(problemsOf(fixtureSession(), 'text.missing-translation')).toEqual([]);
  });
});

describe('text.symbol-format (warning)', () => {
  it('flags document and agenda symbols that do not look like UN symbols', () => {
    const session = fromJson((j) => {
      j.bodies[1].symbol = 'ctoc/cop/wg.2/2017/1';
      j.items[3].documents[0].symbol = 'CTOC/COP/WG.3/2017/ 2';
    });
    expect(problemsOf(session, 'text.symbol-format')).toEqual([
      {
        rule: 'text.symbol-format',
        severity: 'warning',
        location: { kind: 'body', body: 'wg2', field: 'symbol' },
        message: {
          en: 'The symbol "ctoc/cop/wg.2/2017/1" of the agenda of the Working Group of Government Experts on Technical Assistance does not look like a UN document symbol (such as CTOC/COP/WG.3/2017/1)',
          zh: '技术援助问题政府专家工作组议程的文件编号“ctoc/cop/wg.2/2017/1”不像联合国文件编号（如 CTOC/COP/WG.3/2017/1）',
        },
      },
      {
        rule: 'text.symbol-format',
        severity: 'warning',
        location: { kind: 'document', item: 'wg3-2', index: 0 },
        message: {
          en: 'The symbol "CTOC/COP/WG.3/2017/ 2" of a document under item 2 of the Working Group on International Cooperation does not look like a UN document symbol (such as CTOC/COP/WG.3/2017/2)',
          zh: '国际合作工作组议程项目2下的文件编号“CTOC/COP/WG.3/2017/ 2”不像联合国文件编号（如 CTOC/COP/WG.3/2017/2）',
        },
      },
    ]);
  });

  it('is quiet for the fixture, joint symbol included', () => {
    expect(problemsOf(fixtureSession(), 'text.symbol-format')).toEqual([]);
  });

  it.each(['CTOC/COP/WG.3/2017/2', 'CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2', 'E/CN.15/2017/L.2/Add.1', 'A/RES/70/1', 'A/ES-10/1', 'CAC/COSP/IRG/2017/CRP.1', 'S/PV.8000'])(
    'takes %s for a UN symbol',
    (symbol) => expect(looksLikeUnSymbol(symbol)).toBe(true),
  );

  it.each(['', 'CTOC/COP/WG.3/2017/', 'ctoc/cop/wg.3/2017/2', 'CTOC COP WG.3 2017 2', 'CTOC／COP／WG.3／2017／2', 'CTOC/COP//2017/2', 'CTOC/COP/WG.3/2017/2.', 'WG.3 document'])(
    'does not take %j for one',
    (symbol) => expect(looksLikeUnSymbol(symbol)).toBe(false),
  );
});

describe('text.symbol-titles-differ (warning)', () => {
  it('flags one document listed under two items with different titles', () => {
    const session = fromJson((j) => (j.items[12].documents[0].title.en = 'Draft questionnaire'));
    expect(problemsOf(session, 'text.symbol-titles-differ')).toEqual([
      {
        rule: 'text.symbol-titles-differ',
        severity: 'warning',
        location: { kind: 'document', item: 'wg2-2', index: 0 },
        message: {
          en: 'Document CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2 has a different title under item 2 of the Working Group of Government Experts on Technical Assistance than under item 5 of the Working Group on International Cooperation',
          zh: '文件CTOC/COP/WG.3/2017/3-CTOC/COP/WG.2/2017/2在技术援助问题政府专家工作组议程项目2下的标题与在国际合作工作组议程项目5下的不同',
        },
      },
    ]);
  });

  it('is quiet for the same title (the fixture), spacing aside, and for a listing without a title', () => {
    expect(problemsOf(fixtureSession(), 'text.symbol-titles-differ')).toEqual([]);
    const spaced = fromJson((j) => (j.items[12].documents[0].title.en = `  ${j.items[12].documents[0].title.en.replace(/ /g, '  ')}`));
    expect(problemsOf(spaced, 'text.symbol-titles-differ')).toEqual([]);
    expect(problemsOf(fromJson((j) => delete j.items[12].documents[0].title), 'text.symbol-titles-differ')).toEqual([]);
  });
});

describe('text.see-annotation-missing (warning)', () => {
  const withReference = (target: string) => {
    const session = documentFixtureSession();
    return { ...session, items: session.items.map((item) => (item.id === 'wg2-1b' ? { ...item, seeAnnotationOf: target } : item)) };
  };

  it('is quiet for the 2017 document, whose WG.2 item 1(b) refers to WG.3 item 1(b)', () => {
    expect(problemsOf(documentFixtureSession(), 'text.see-annotation-missing')).toEqual([]);
  });

  it('flags a reference to an item that is not in the session, naming it in both languages', () => {
    const [problem, ...rest] = problemsOf(withReference('wg3-9'), 'text.see-annotation-missing');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', location: { kind: 'item', item: 'wg2-1b', field: 'seeAnnotationOf' } });
    expect(problem!.message.en).toMatch(/refers to the annotation of "wg3-9", which is not in the session/u);
    expect(problem!.message.zh).toMatch(/参见“wg3-9”的说明，但会议文件中没有该项目/u);
  });

  it('flags a reference to an item of the same body (a file edited by hand, or merged)', () => {
    const [problem] = problemsOf(withReference('wg2-1a'), 'text.see-annotation-missing');
    expect(problem!.message.en).toMatch(/of the same body/u);
  });
});
