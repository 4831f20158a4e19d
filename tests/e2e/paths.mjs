// Where the suite finds the build it tests.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The build under test: `ECC_DIST` (a folder, from the current directory: a copy of dist/
 * taken while another build rewrites it, say), or dist/.
 */
export const DIST = process.env.ECC_DIST ? path.resolve(process.env.ECC_DIST) : path.join(ROOT, 'dist');
