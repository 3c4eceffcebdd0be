// `haconf scaffold --help`: the usage and every answer key, built from the parameter table.
import { PARAMS, PARAM_KEYS } from '../service/features/scaffold/index';

export function scaffoldHelp(): string {
  const keys = PARAM_KEYS.map((key) => {
    const p = PARAMS[key];
    const def = key === 'authPass' ? '8 random letters/digits' : p.defaultText === '' ? '(empty)' : p.defaultText;
    const choices = p.choices ? `  One of: ${p.choices.join(', ')}.` : '';
    return `  ${key}\n      ${p.help}${choices}\n      Default: ${def}`;
  });
  return `Usage: haconf scaffold --out DIR [--set key=value ...] [--answers FILE.json] [--force] [--dry-run]

Writes a complete keepalived + HAProxy + systemd HA stack (configs, hardened units, scripts, README with
a failover drill) into DIR. With no --set it writes the classic stack: two load balancers, three web nodes.

Options:
  --out DIR            folder to write into (created when missing); nothing is written outside it
  --set key=value      one answer; repeat for several (node lists: name=address,name=address)
  --answers FILE.json  answers as a JSON object, e.g. {"vip": "10.0.0.50/24", "webNodes": ["web1=10.0.0.21"]};
                       --set values override it
  --force              overwrite files that already exist (otherwise the clashes are listed and nothing is written)
  --dry-run            list the files that would be written, write nothing
  -h, --help           this help

Answer keys:
${keys.join('\n')}

Exit status: 0 written (or dry run), 1 refused (existing files, unsafe path, write error), 2 bad arguments or answers.
`;
}
