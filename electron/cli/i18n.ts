// Runs in Node (CLI). Messages of the command line, in English by default or Chinese.
import i18next, { type TFunction } from 'i18next';
import enCli from '../../locales/en/cli.json' with { type: 'json' };
import zhCli from '../../locales/zh/cli.json' with { type: 'json' };
import type { Lang } from '../../shared/i18n.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { cli: enCli }, zh: { cli: zhCli } },
  lng: 'en',
  fallbackLng: 'en',
  ns: ['cli'],
  defaultNS: 'cli',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export function cliT(lang: Lang): TFunction {
  return instance.getFixedT(lang, 'cli');
}
