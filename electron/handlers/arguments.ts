// Runs in Node. Every argument that crosses from the renderer is checked before a handler sees
// it: the renderer shows user-controlled text, so it is treated as untrusted input.
import { z } from 'zod';
import { SHARE_ATTACHMENT_KINDS, type ApiMethod } from '../../shared/api.ts';
import { parseSessionValue } from '../../shared/model/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { DOC_LANGS } from '../../shared/i18n.ts';
import { EXPORT_FORMATS } from '../../shared/export/export-formats.ts';
import { TERM_BASE_FORMATS } from '../../shared/termbase/types.ts';
import { documentLanguage, preferencesPatchSchema } from './preferences.ts';

const session = z.unknown().transform((value, ctx): Session => {
  const parsed = parseSessionValue(value);
  if (parsed.ok) return parsed.session;
  for (const error of parsed.errors) ctx.addIssue({ code: 'custom', message: `${error.path}: ${error.message.en}` });
  return z.NEVER;
});

const stamp = z.object({ mtimeMs: z.number(), size: z.number(), hash: z.string() }).strict();
const path = z.string().min(1).max(4096);
// Recipients and subject are only bounded here; what may go into a mail header is checked by
// the share handler (electron/mail/eml.ts), which says why in the dialog.
const shareRequest = z
  .object({
    session,
    path: path.nullable(),
    recipients: z.array(z.string().max(1000)).max(500),
    subject: z.string().max(2000),
    message: z.string().max(1_000_000),
    attachments: z.array(z.enum(SHARE_ATTACHMENT_KINDS)).max(SHARE_ATTACHMENT_KINDS.length),
    lang: documentLanguage,
  })
  .strict();

export const ARGUMENTS = {
  initialDocument: z.tuple([]),
  newSession: z.tuple([]),
  // An explicit undefined ("ask the user") is as good as no argument.
  openSession: z.union([z.tuple([]), z.tuple([path.optional()])]),
  saveSession: z.tuple([
    z
      .object({
        session,
        path: path.nullable(),
        stamp: stamp.nullable(),
        saveAs: z.boolean().optional(),
        overwriteExternalChange: z.boolean().optional(),
        temporaryLocation: z.boolean().optional(),
      })
      .strict(),
  ]),
  // Only the shape here: whether the path may be granted is dropped-file.ts's to decide.
  openDroppedFile: z.tuple([path]),
  readSessionFile: z.tuple([]),
  setDocumentState: z.tuple([
    z.object({ name: z.string().max(1024), path: path.nullable(), dirty: z.boolean(), undoLabel: z.string().max(300).optional(), redoLabel: z.string().max(300).optional(), docLangs: z.array(documentLanguage).max(8).optional() }).strict(),
  ]),
  getPreferences: z.tuple([]),
  setPreferences: z.tuple([preferencesPatchSchema]),
  writeRecovery: z.tuple([z.object({ id: z.string().min(1).max(200), path: path.nullable(), name: z.string().max(1024), stamp: stamp.nullable().optional(), session }).strict()]),
  listRecovery: z.tuple([]),
  discardRecovery: z.tuple([z.string().min(1).max(200)]),
  commonAncestor: z.tuple([session, session]),
  termLookup: z.tuple([z.string().max(10_000), z.enum(DOC_LANGS)]).or(z.tuple([z.string().max(10_000), z.enum(DOC_LANGS), z.enum(DOC_LANGS)])),
  fillMissingTranslations: z.tuple([session]),
  exportTermBase: z.tuple([z.enum(TERM_BASE_FORMATS)]),
  importTermBase: z.tuple([z.string().max(20_000_000)]),
  saveTermBase: z.tuple([z.enum(TERM_BASE_FORMATS)]),
  exportDocument: z.tuple([z.object({ session, format: z.enum(EXPORT_FORMATS), lang: documentLanguage, path: path.nullable() }).strict()]),
  newSessionDefaults: z.tuple([]),
  libraryBodies: z.tuple([]),
  pastSessions: z.tuple([]),
  // A revision is the SHA-256 of a session's text, in hex.
  pastSession: z.tuple([z.string().regex(/^[0-9a-f]{64}$/)]),
  shareByEmail: z.tuple([shareRequest]),
  showInFolder: z.tuple([path]),
  openMailto: z.tuple([shareRequest]),
} satisfies Record<ApiMethod, z.ZodType>;

export class InvalidArguments extends Error {}

export function checkArguments(method: ApiMethod, args: unknown[]): unknown[] {
  const result = ARGUMENTS[method].safeParse(args);
  if (!result.success) throw new InvalidArguments(`${method}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return result.data as unknown[];
}
