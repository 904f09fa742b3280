// Runs in Node (tests). The Terms menu's export: the term base written where the save dialog
// says, as CSV or TBX, with the extension added when the user typed none; cancelling writes
// nothing, and a folder that cannot be written is reported, not thrown.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callHandler } from '../../electron/handlers/index.ts';
import { handlerHarness } from './handler-harness.ts';

describe('saveTermBase', () => {
  it('asks where to save, proposing the Documents folder, and writes the CSV with the imported pairs', async () => {
    const harness = handlerHarness();
    await harness.handlers.importTermBase('en,zh\nRules of procedure,议事规则\n');
    const target = join(harness.root, 'my-terms');
    harness.answers.push(target);
    expect(await callHandler(harness.handlers, 'saveTermBase', ['csv'])).toEqual({ status: 'saved', path: `${target}.csv` });
    expect(harness.asked).toEqual([`save orgwork-terms.csv in ${harness.deps.documentsFolder}`]);
    const csv = readFileSync(`${target}.csv`, 'utf8');
    // A column per language the glossary has; an English–Chinese term leaves the others empty.
    expect(csv.startsWith('\uFEFFar,en,es,fr,ru,zh\r\n')).toBe(true);
    expect(csv).toContain(',Vienna,Viena,Vienne,,维也纳\r\n');
    expect(csv.endsWith(',Rules of procedure,,,,议事规则\r\n')).toBe(true);
  });

  it('writes TBX too', async () => {
    const harness = handlerHarness();
    const target = join(harness.root, 'terms.tbx');
    harness.answers.push(target);
    expect(await harness.handlers.saveTermBase('tbx')).toEqual({ status: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toContain('<term>维也纳</term>');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const harness = handlerHarness();
    expect(await harness.handlers.saveTermBase('csv')).toEqual({ status: 'cancelled' });
    expect(readdirSync(harness.root).filter((name) => name.includes('terms'))).toEqual([]);
  });

  it('reports a folder that does not exist instead of failing', async () => {
    const harness = handlerHarness();
    const target = join(harness.root, 'missing', 'terms.csv');
    harness.answers.push(target);
    const result = await harness.handlers.saveTermBase('csv');
    expect(result).toMatchObject({ status: 'failed', reason: { en: expect.stringContaining(target), zh: expect.stringContaining(target) } });
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a format it does not write', async () => {
    const { handlers } = handlerHarness();
    await expect(callHandler(handlers, 'saveTermBase', ['xlsx'])).rejects.toThrow(/saveTermBase/);
  });
});
