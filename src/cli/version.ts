/** Versions of this tool and of what it runs on, for --version and for every sample it makes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function packageVersion(path: string): { name: string; version: string } {
  return JSON.parse(readFileSync(path, 'utf8')) as { name: string; version: string };
}

/** `lce-playground 0.1.0 (node v20.20.2)`. */
export function versionLine(): string {
  const pkg = packageVersion(join(root, 'package.json'));
  return `${pkg.name} ${pkg.version} (node ${process.version})`;
}

/** What a sample records in `software`: the app, Node and Pyodide versions. */
export function softwareVersions(): Record<string, string> {
  return {
    app: packageVersion(join(root, 'package.json')).version,
    pyodide: packageVersion(join(root, 'node_modules', 'pyodide', 'package.json')).version,
    node: process.version,
  };
}
