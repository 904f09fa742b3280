// Runs in Node (CLI). What the CLI needs from the outside world, so tests can run every
// command in-process against a temporary folder and capture what it prints.
import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  newId(): string;
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFileAtomic(path, data),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  newId: () => randomUUID(),
};
