// Usage text of the `haconf` command.
export const HELP = `haconf: check systemd units, keepalived.conf and haproxy.cfg files.

Usage:
  haconf lint [options] PATH...     check files, or folders (recursively)
  haconf scaffold ...               generate a starter HA stack (see: haconf scaffold --help)
  haconf security [--json] FILE...  exposure score and open items of service units (as systemd-analyze security)
  haconf rules                      list every rule code with its default severity
  haconf --help | --version

Lint options:
  --format text|json|sarif          output format (default text: path:line:col: severity code message)
  --systemd-version V               check units against systemd V (e.g. 252); default: this host's, else newest
  --haproxy-version V               check against HAProxy V (e.g. 2.6)
  --keepalived-version V            check against keepalived V (e.g. 2.2.7)
  --rule CODE:SEVERITY              override a rule (error, warning, information, hint, off); repeatable
  --language ID                     treat named files as systemd-unit-file, keepalived or haproxy
  --quiet                           text format: print errors only

In folders, files are picked by name (units, keepalived.conf, haproxy*.cfg, files under keepalived/ or
haproxy/ folders) and, for other *.cfg / *.conf files, by content. All files are loaded together, so
checks that span files (e.g. a track_script defined elsewhere) see each other.

Exit status: 0 no errors, 1 at least one error-severity finding, 2 usage error, unreadable path or
internal error (the other files are still checked and reported).
`;
