// Runs in Node (CLI). `orgwork share FILE --to ADDR[,ADDR] --subject TEXT [--message TEXT]
// [--attach KINDS] [--lang ar|en|es|fr|ru|zh|both|all] -o OUT.eml`: an email draft (electron/mail) with the
// annex in its body and the session file and exports attached, for the mail program to send.
// Needs no network. A recipient or subject that could break the message's headers is a usage
// error; nothing is written then.
import { DOCUMENT_LANGUAGES } from '../../../shared/export/document-language.ts';
import { ChromiumNotFoundError, htmlToPdf } from '../../export/pdf.ts';
import { buildEmlDraft, checkDraft, MailDraftError } from '../../mail/eml.ts';
import { shareAttachments, SHARE_ATTACHMENTS, type ShareAttachment } from '../../mail/share-attachments.ts';
import { shareBody } from '../../mail/share-body.ts';
import type { Command } from '../command.ts';
import { choice, oneFile, output, readText, requiredOption, sessionOfText, type CommandContext } from '../context.ts';
import { InputError, UsageError } from '../errors.ts';

const commaList = (text: string) => text.split(',').map((part) => part.trim()).filter((part) => part !== '');

function attachmentKinds(ctx: CommandContext): ShareAttachment[] {
  const asked = ctx.values.attach === undefined ? ['orgwork'] : commaList(String(ctx.values.attach));
  for (const kind of asked) {
    if (!(SHARE_ATTACHMENTS as readonly string[]).includes(kind)) throw new UsageError('usage.badAttach', { value: kind, choices: SHARE_ATTACHMENTS.join(', ') });
  }
  return [...new Set(asked)] as ShareAttachment[];
}

const baseName = (path: string) => path.split(/[\\/]/).pop() || 'session.orgwork';

/** A recipient or subject the draft refuses is a malformed argument: a usage error. */
async function draftChecked<T>(ctx: CommandContext, build: () => T | Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (error) {
    if (error instanceof MailDraftError) throw new UsageError('usage.badOption', { detail: error.reason[ctx.lang] });
    throw error;
  }
}

export const share: Command = {
  options: {
    to: { type: 'string' },
    subject: { type: 'string' },
    message: { type: 'string' },
    attach: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(ctx) {
    const file = oneFile(ctx);
    const to = commaList(requiredOption(ctx, 'to'));
    const subject = requiredOption(ctx, 'subject');
    const message = typeof ctx.values.message === 'string' ? ctx.values.message : '';
    const out = requiredOption(ctx, 'output');
    const kinds = attachmentKinds(ctx);
    const lang = choice(ctx, 'lang', DOCUMENT_LANGUAGES, 'zh');
    // Refused before any work is done (a PDF takes a while to print).
    await draftChecked(ctx, () => checkDraft({ to, subject, attachments: [] }));
    const text = await readText(ctx, file);
    const session = sessionOfText(ctx, text);
    const sessionFile = { name: baseName(file), bytes: new TextEncoder().encode(text) };
    let attachments;
    try {
      attachments = await shareAttachments(session, sessionFile, kinds, lang, { printPdf: (html) => htmlToPdf(html) });
    } catch (error) {
      if (error instanceof ChromiumNotFoundError) throw new InputError([ctx.t('error.noChromium', { paths: error.searched.join(', ') })]);
      throw error;
    }
    const eml = await draftChecked(ctx, () => buildEmlDraft({ to, subject, ...shareBody(session, message, lang, subject), attachments }));
    await output(ctx, eml, out);
  },
};
