// Runs everywhere (shared). What is wrong with a file, said to a person.
import { message, type Message, type MessageParam } from '../i18n.ts';
import { formatPath, type PathSegment } from './path.ts';

export interface ParseError {
  /** Where in the file, e.g. `$.days[3].date`. */
  path: string;
  message: Message;
}

export function parseError(path: readonly PathSegment[], key: string, params: Record<string, MessageParam> = {}): ParseError {
  return { path: formatPath(path), message: message(`model:${key}`, params) };
}
