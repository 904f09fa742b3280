// electron-builder.yml is checked against electron-builder's own configuration schema (the one
// shipped in the installed app-builder-lib), so a typo fails here and not at release time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config = loadYaml(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('validates against electron-builder\'s schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('packages Orgwork for every platform with the .orgwork file association', () => {
    expect(config).toMatchObject({ appId: 'org.orgwork.app', productName: 'Orgwork' });
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'orgwork' })]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
  });

  it('flips the Electron fuses that keep the packaged app from running as Node or from loose files', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('has an icon made in the repository (512×512 PNG from build/icon.svg) and one artifact name pattern', () => {
    const png = readFileSync(new URL(`../../${config.icon}`, import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(readFileSync(new URL('../../build/icon.svg', import.meta.url), 'utf8')).toContain('<svg');
    expect(config.artifactName).toBe('${productName}-${version}-${os}-${arch}.${ext}');
  });

  it('rejects a misspelt key, so the check is real', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, fileAsociations: [] })).toBe(false);
  });
});
