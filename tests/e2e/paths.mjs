// Where the suite finds the build it tests.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build under test: `ECC_DIST` (a copy of dist/ taken while another build rewrites it), or dist/. */
export const DIST = path.resolve(ROOT, process.env.ECC_DIST || 'dist');
