// Runs everywhere (shared). An import warning: its code for the preview to act on, the line of
// the pasted text it is about, and its text in both interface languages (locales/*/import.json).
import { message, type MessageParam } from '../i18n.ts';
import type { ImportWarning, ImportWarningCode } from './types.ts';

export function importWarning(code: ImportWarningCode, params: Record<string, MessageParam> & { line?: number }): ImportWarning {
  return { code, ...(params.line === undefined ? {} : { line: params.line }), message: message(`import:warning.${code}`, params) };
}
