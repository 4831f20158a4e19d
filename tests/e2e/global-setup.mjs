// Before any test: the build and the browser are there, or the run stops with what to do
// (rather than every test failing alike).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DIST } from './paths.mjs';

export default async function globalSetup(config) {
  const built = await stat(path.join(DIST, 'index.html')).catch(() => null);
  if (!built) throw new Error(`no build in ${DIST}: run \`make dist\` first (or set ECC_DIST to a build)`);
  const executable = config.projects[0]?.use?.launchOptions?.executablePath;
  if (executable && !(await stat(executable).catch(() => null))) {
    throw new Error(`no browser at ${executable}: run \`make tools\` (Chromium from Debian)`);
  }
}
