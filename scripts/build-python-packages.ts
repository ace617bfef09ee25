/**
 * `tsx scripts/build-python-packages.ts`: compiles the vendored sympy/mpmath wheels with Pyodide into
 * sourceless .pyc zips in public/pyodide-packages/. Cached: a zip already built for this Pyodide
 * version and package version is kept. The Vite plugin and the Node runner call the same code when a
 * zip is missing, so a fresh clone never needs to run this by hand.
 */
import { ensurePythonPackages, ZIPS_DIR } from '../src/sandbox/node/package-build';

const t0 = performance.now();
const built = await ensurePythonPackages();
const secs = ((performance.now() - t0) / 1000).toFixed(1);
process.stdout.write(built.length ? `Built ${built.join(', ')} into ${ZIPS_DIR} in ${secs} s.\n` : `Python packages already built in ${ZIPS_DIR}.\n`);
