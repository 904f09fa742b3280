// Runs in Node (CLI). Every command of `orgwork`, by name. A new command is one file here
// and one line below.
import type { Command } from '../command.ts';
import { annex } from './annex.ts';
import { exportCommand } from './export.ts';
import { importAgenda } from './import-agenda.ts';
import { diff } from './diff.ts';
import { merge } from './merge.ts';
import { create } from './new.ts';
import { share } from './share.ts';
import { validate } from './validate.ts';

export const COMMANDS: Record<string, Command> = { validate, annex, export: exportCommand, new: create, 'import-agenda': importAgenda, diff, merge, share };
