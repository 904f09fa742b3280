// Runs in Node (CLI). `orgwork validate FILE`: does the file load, and what do the plan checks
// (shared/rules) find wrong with it? Problems go to standard output, one per line, or as one
// JSON report; the verdict is the exit code, so scripts and CI can gate on it.
import { LANGS, type Lang } from '../../../shared/i18n.ts';
import { parseSession, type ParseError } from '../../../shared/model/index.ts';
import { checkSession, countBySeverity, locationText, SEVERITIES, type Problem } from '../../../shared/rules/index.ts';
import type { Session } from '../../../shared/model/types.ts';
import type { Command } from '../command.ts';
import { choice, oneFile, readText, type CommandContext } from '../context.ts';
import { EXIT_INVALID_INPUT, EXIT_OK, InputError } from '../errors.ts';

/** What `validate --json` prints (README, "The command line"). */
export interface ValidateReport {
  /** FILE as given. */
  file: string;
  /** Why the file does not load; when there are any, nothing was checked and `problems` is empty. */
  errors: ParseError[];
  /** What the plan checks found, errors first. */
  problems: Problem[];
}

/** "1 error, 2 warnings" / "1 个错误，2 个警告": only the severities that occur. */
function countsText(ctx: CommandContext, problems: readonly Problem[]): string {
  const counts = countBySeverity(problems);
  return SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => ctx.t(`count.${severity}`, { count: counts[severity] }))
    .join(ctx.t('count.separator'));
}

function problemLine(session: Session, problem: Problem, lang: Lang): string {
  return `${problem.severity} ${problem.rule} ${locationText(session, problem.location, lang)}: ${problem.message[lang]}\n`;
}

export const validate: Command = {
  options: { lang: { type: 'string' }, json: { type: 'boolean' }, strict: { type: 'boolean' } },
  async run(ctx) {
    const file = oneFile(ctx);
    const lang = choice(ctx, 'lang', LANGS, ctx.lang);
    const parsed = parseSession(await readText(ctx, file));
    const report: ValidateReport = parsed.ok
      ? { file, errors: [], problems: checkSession(parsed.session) }
      : { file, errors: parsed.errors, problems: [] };
    const counts = countBySeverity(report.problems);
    const failed = report.errors.length > 0 || counts.error > 0 || (ctx.values.strict === true && counts.warning > 0);

    if (ctx.values.json) {
      ctx.io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return failed ? EXIT_INVALID_INPUT : EXIT_OK;
    }
    if (!parsed.ok) throw new InputError(parsed.errors.map((error) => `${error.path}: ${error.message[lang]}`));
    for (const problem of report.problems) ctx.io.stdout(problemLine(parsed.session, problem, lang));
    const summary = { file, counts: countsText(ctx, report.problems) };
    if (failed) {
      ctx.io.stderr(`${ctx.t(counts.error > 0 ? 'error.problems' : 'error.strictWarnings', summary)}\n`);
      return EXIT_INVALID_INPUT;
    }
    ctx.io.stdout(`${ctx.t(report.problems.length > 0 ? 'ok.validWithProblems' : 'ok.valid', summary)}\n`);
    return EXIT_OK;
  },
};
