// Runs in Node (CLI). Every command of `orgwork`, by name. A new command is one file here
// and one line below.
import type { Command } from '../command.ts';
import { annex } from './annex.ts';
import { create } from './new.ts';
import { validate } from './validate.ts';

export const COMMANDS: Record<string, Command> = { validate, annex, new: create };
