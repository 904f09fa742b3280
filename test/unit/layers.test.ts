// The layer rules hold: shared/ cannot reach Electron, React, the DOM or Node, and the
// renderer cannot reach Electron or Node. Checked by linting code placed in those folders,
// so the rules cannot be dropped from eslint.config.js without this test failing.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';"],
    ["import { app } from 'electron';"],
    ["import { useState } from 'react';"],
    ["import path from 'path';"],
    ["import { runCli } from '../electron/cli.ts';"],
  ])('shared/ refuses %s', async (line) => {
    expect((await problems('shared/probe.ts', `${line}\nexport const x = 1;\n`)).join('\n')).toMatch(/no-restricted-imports: .*shared\/ runs in main, renderer and CLI alike/);
  });

  it('shared/ refuses DOM and Node globals', async () => {
    const found = await problems('shared/probe.ts', 'export const w = window.innerWidth + process.pid;\n');
    expect(found.filter((p) => p.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('shared/ may import its own modules and pure libraries', async () => {
    expect(await problems('shared/probe.ts', "import { format } from 'date-fns';\nimport { z } from 'zod';\nexport const x = [format, z];\n")).toEqual([]);
  });

  it('the renderer refuses Electron and Node', async () => {
    expect(await problems('renderer/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toHaveLength(1);
    expect(await problems('renderer/probe.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toHaveLength(1);
  });

  it('the editor state refuses the views above it, and still Electron', async () => {
    expect(await problems('renderer/state/probe.ts', "import { Grid } from '../grid/Grid.tsx';\nexport const x = Grid;\n")).toHaveLength(1);
    expect(await problems('renderer/state/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toHaveLength(1);
    expect(await problems('renderer/state/probe.ts', "import { createStore } from './observable.ts';\nexport const x = createStore;\n")).toEqual([]);
  });

  it.each([["import nodemailer from 'nodemailer';"], ["import { JSONFile } from 'lowdb/node';"], ["import { Low } from 'lowdb';"], ["import Store from 'electron-store';"], ["import x from '@scope/any';"]])(
    'shared/ refuses a package not on its allow-list: %s',
    async (line) => {
      expect((await problems('shared/probe.ts', `${line}\nexport const x = 1;\n`)).join('\n')).toMatch(/no-restricted-imports: .*shared\/ imports only the pure packages/);
    },
  );

  it('shared/ may import the allowed packages, paths inside them, its own files and the locales', async () => {
    const code = "import { zhCN } from 'date-fns/locale';\nimport { produce } from 'immer';\nimport { Document } from 'docx';\nimport en from '../locales/en/doc.json' with { type: 'json' };\nimport { LANGS } from './i18n.ts';\nexport const x = [zhCN, produce, Document, en, LANGS];\n";
    expect(await problems('shared/probe.ts', code)).toEqual([]);
  });

  it.each(['handlers', 'cli', 'files', 'mail', 'export', 'browser-host'])('electron/%s runs without Electron: it refuses electron and main', async (folder) => {
    expect((await problems(`electron/${folder}/probe.ts`, "import { app } from 'electron';\nexport const x = app;\n")).join('\n')).toMatch(/runs without Electron/);
    expect((await problems(`electron/${folder}/probe.ts`, "import { registerApi } from '../main/ipc.ts';\nexport const x = registerApi;\n")).join('\n')).toMatch(/runs without Electron/);
    expect(await problems(`electron/${folder}/probe.ts`, "import { writeFileAtomic } from '../files/atomic-write.ts';\nexport const x = writeFileAtomic;\n")).toEqual([]);
  });

  it('electron/main may import Electron', async () => {
    expect(await problems('electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
  });

  it('electron/ refuses the renderer', async () => {
    expect(await problems('electron/probe.ts', "import { App } from '../renderer/App.tsx';\nexport const x = App;\n")).toHaveLength(1);
  });
});
