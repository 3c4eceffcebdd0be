// Where the installed package lives (dist/.. when bundled, the repo root under tsx): its version and rule docs.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

function packageRoot(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const file = path.join(dir, 'package.json');
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === 'haconf') return dir;
    } catch {
      /* not here: look one folder up */
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

const root = packageRoot();

export function packageVersion(): string {
  if (!root) return '0.0.0';
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Base URI of the rule pages shipped with the package: `${docsBase}${code}.md`. */
export function docsBase(): string {
  return pathToFileURL(path.join(root ?? process.cwd(), 'docs', 'rules') + path.sep).href;
}
