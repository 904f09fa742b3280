// Runs in Node (tests). Issue 13 point 6, the edits behind the editor's document fields: the
// masthead, the conventions (session and item), "see the annotation of", annotations and the
// order of an item's documents go through editSession / editItem, so each is one undoable
// step and what the document prints follows.
import { describe, expect, it } from 'vitest';
import { deriveAgendaDocument, editItem, editSession, type EditResult } from '../../shared/schedule/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { documentFixtureSession } from './fixtures.ts';

function ok(result: EditResult): Session {
  if (!result.ok) throw new Error(result.error.en);
  return result.session;
}

describe('editing what the agenda document needs', () => {
  it('changes the masthead: convening organ, date of issue, distribution, original language', () => {
    const before = documentFixtureSession();
    const after = ok(editSession(before, { convener: { en: 'Commission on Crime Prevention', zh: '预防犯罪委员会' }, issued: '2017-08-01', distribution: 'limited', originalLanguage: 'zh' }));
    const masthead = deriveAgendaDocument(after, 'en').masthead;
    expect(masthead.convener).toBe('Commission on Crime Prevention');
    expect(masthead.lines).toEqual(['Distr.: Limited', '1 August 2017', 'English', 'Original: Chinese']);
    // The session before the edit is untouched: undo returns to it.
    expect(deriveAgendaDocument(before, 'en').masthead.lines).toEqual(['Distr.: General', '19 July 2017', 'Original: English']);
  });

  it('refuses a date of issue that is not a calendar date, and clears fields given as undefined', () => {
    const session = documentFixtureSession();
    const refused = editSession(session, { issued: '2017-02-30' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.zh).toContain('2017-02-30');
    const cleared = ok(editSession(session, { issued: undefined, convener: undefined }));
    expect(cleared.issued).toBeUndefined();
    expect(deriveAgendaDocument(cleared, 'zh').masthead.convener).toBeUndefined();
  });

  it('switches the session conventions: no joint footnote, the other title, no annex super-header', () => {
    const session = ok(editSession(documentFixtureSession(), { conventions: { jointNote: 'none', titleVariant: 'annotated', annexBodiesHeader: false } }));
    const doc = deriveAgendaDocument(session, 'zh');
    expect(doc.title).toBe('临时议程说明');
    expect(doc.bodies.flatMap((body) => body.annotations).some((section) => section.note !== undefined)).toBe(false);
    expect(doc.annexBodiesHeading).toBeUndefined();
  });

  it("overrides the conventions on one joint item's agenda line", () => {
    const session = documentFixtureSession();
    const joint = session.items.find((item) => item.joint !== undefined && item.body === session.bodies[0]!.id)!;
    const line = (s: Session) => deriveAgendaDocument(s, 'zh').bodies[0]!.agenda.find((entry) => entry.itemId === joint.id)!.text;
    const edited = ok(editItem(session, joint.id, { conventions: { jointMarkForm: 'short', jointMarkPlace: 'before-stop' } }));
    expect(line(session)).toMatch(/。（.+工作组.+联合项目）$/u);
    expect(line(edited)).toMatch(/（联合项目）[。：；]?$/u);
    expect(line(edited)).not.toContain('工作组的联合项目');
  });

  it('refers an annotation to another body’s item, and refuses one of the same body', () => {
    const session = documentFixtureSession();
    const [first, second] = session.bodies;
    const own = session.items.find((item) => item.body === first!.id && item.joint === undefined && !item.seeAnnotationOf)!;
    const other = session.items.find((item) => item.body === second!.id)!;
    const sameBody = session.items.find((item) => item.body === first!.id && item.id !== own.id)!;
    const refused = editItem(session, own.id, { seeAnnotationOf: sameBody.id });
    expect(refused.ok).toBe(false);
    const referred = ok(editItem(session, own.id, { seeAnnotationOf: other.id }));
    const section = deriveAgendaDocument(referred, 'en').bodies[0]!.annotations.find((s) => s.itemId === own.id)!;
    expect(section.crossReference).toContain(`item ${other.number}`);
    expect(ok(editItem(referred, own.id, { seeAnnotationOf: undefined })).items.find((i) => i.id === own.id)!.seeAnnotationOf).toBeUndefined();
  });

  it('puts an item’s documents in a new order, and the documentation list and annotation paragraphs follow', () => {
    const session = documentFixtureSession();
    const item = session.items.find((i) => (i.documents?.length ?? 0) >= 1 && i.joint === undefined && !i.seeAnnotationOf)!;
    const extra = { symbol: 'CTOC/COP/WG.3/2017/9', title: { en: 'Note by the Secretariat', zh: '秘书处的说明' } };
    const two = ok(editItem(session, item.id, { documents: [...item.documents!, extra] }));
    const reordered = ok(editItem(two, item.id, { documents: [extra, ...item.documents!], annotation: { zh: '第一段。\n\n第二段。', en: 'First.\n\nSecond.' } }));
    const section = (s: Session) => deriveAgendaDocument(s, 'en').bodies.flatMap((b) => b.annotations).find((a) => a.itemId === item.id)!;
    expect(section(two).documents.at(-1)).toContain(extra.symbol);
    expect(section(reordered).documents[0]).toContain(extra.symbol);
    expect(section(reordered).documents[0]).toContain('Note by the Secretariat');
    expect(section(reordered).paragraphs).toEqual(['First.', 'Second.']);
  });
});
