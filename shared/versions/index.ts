// Runs everywhere (shared). Named versions ("Mark as sent") and their changelog.
export { markVersion, versionContent, latestVersion, changesSinceLatestVersion, proposedVersionNumber } from './mark-version.ts';
export { versionChangelog, versionChangeLines, sentDateLabel } from './changelog.ts';
export { mergeVersions } from './merge-versions.ts';
