// Runs in Node (tests). The wizard's handlers on a real library: a session opened on this
// computer becomes a past session to start from, and its bodies are offered with their next
// meeting; the week proposed follows the host's clock.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../electron/handlers/index.ts';
import { copyFixture } from './fixtures.ts';
import { handlerHarness } from './handler-harness.ts';

describe('library handlers for the new-session wizard', () => {
  it('proposes next week by the host clock, with a fresh id', async () => {
    const { handlers } = handlerHarness();
    // The harness clock: Saturday 28 November 2026.
    expect(await handlers.newSessionDefaults()).toEqual({ id: 'fresh-id', from: '2026-11-30', to: '2026-12-04' });
  });

  it('is empty before anything is opened or saved', async () => {
    const { handlers } = handlerHarness();
    expect(await handlers.libraryBodies()).toEqual([]);
    expect(await handlers.pastSessions()).toEqual([]);
  });

  it('offers a session opened on this computer, and its bodies with the next meeting', async () => {
    const { root, handlers } = handlerHarness();
    const file = join(root, 'ctoc-2017.orgwork');
    copyFixture(file);
    const opened = await handlers.openSession(file);
    if (opened.status !== 'opened') throw new Error(opened.status);

    const past = await handlers.pastSessions();
    expect(past.map((entry) => [entry.title.en, entry.from, entry.to, entry.bodies.map((body) => body.name.zh)])).toEqual([
      ['Provisional agenda and annotations', '2017-10-09', '2017-10-13', ['国际合作工作组', '技术援助问题政府专家工作组']],
    ]);
    expect(past[0]!.revision).toBe(opened.document.session.lineage!.revision);

    const bodies = await handlers.libraryBodies();
    expect(bodies.map((body) => [body.symbolPrefix, body.meeting, body.nextMeeting])).toEqual([
      ['CTOC/COP/WG.2/', { en: 'tenth meeting', zh: '第十次会议' }, { en: 'eleventh meeting', zh: '第十一次会议' }],
      ['CTOC/COP/WG.3/', { en: 'eighth meeting', zh: '第八次会议' }, { en: 'ninth meeting', zh: '第九次会议' }],
    ]);

    const session = await handlers.pastSession(past[0]!.revision);
    expect(session?.bodies.map((body) => body.id)).toEqual(['wg3', 'wg2']);
    expect(await handlers.pastSession('0'.repeat(64))).toBeNull();
  });

  it('refuses a revision that is not a SHA-256', async () => {
    const { handlers } = handlerHarness();
    await expect(callHandler(handlers, 'pastSession', ['../etc'])).rejects.toThrow(/pastSession/);
  });
});
