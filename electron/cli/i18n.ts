// Runs in Node (CLI). Messages of the command line, in English by default or Chinese.
import i18next, { type TFunction } from 'i18next';
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import zhCli from '../../locales/zh/cli.json' with { type: 'json' };
import type { Lang } from '../../shared/i18n.ts';
import { withVisibleControls } from '../../shared/format/visible-controls.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { cli: enCli }, zh: { cli: zhCli } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['cli'],
  defaultNS: 'cli',
  // The terminal gets no raw control characters from a file or its name.
  interpolation: { escapeValue: true, escape: (value: string) => withVisibleControls(String(value)) },
  initAsync: false,
  showSupportNotice: false,
});

export function cliT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'cli');
}
