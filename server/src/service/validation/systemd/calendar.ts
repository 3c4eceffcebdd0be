// Calendar expressions (OnCalendar=), checked conservatively against systemd's grammar:
// [WEEKDAYS] [DATE] [TIME] [TIMEZONE], shortcuts like `daily`, and `@EPOCH`. Anything we are not sure
// systemd rejects is accepted (time zones, for instance, cannot be checked without the host's zoneinfo).

const SHORTCUTS = new Set(['minutely', 'hourly', 'daily', 'monthly', 'weekly', 'yearly', 'annually', 'quarterly', 'semiannually']);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function isDay(w: string): boolean {
  return DAYS.includes(w.toLowerCase());
}

/** `Mon`, `Mon..Fri`, `Mon-Fri`, `Sat,Sun`, `Mon..Wed,Fri`. */
export function isWeekdayList(w: string): boolean {
  return w.split(',').every((item) => {
    const m = /^([A-Za-z]+)(?:(?:\.\.|-)([A-Za-z]+))?$/.exec(item);
    return !!m && isDay(m[1]) && (m[2] === undefined || isDay(m[2]));
  });
}

/** A component list: `*`, `5`, `1..5`, `0/15`, `1,3,5`, with `/repeat`; numbers must lie within [min, max]. */
function isComponent(c: string, min: number, max: number, decimals = false): boolean {
  const num = decimals ? /^\d+(\.\d+)?$/ : /^\d+$/;
  return c.split(',').every((item) => {
    const [base, repeat, ...more] = item.split('/');
    if (more.length || base === undefined) return false;
    if (repeat !== undefined && !num.test(repeat)) return false;
    if (base === '*') return true;
    const parts = base.split('..');
    if (parts.length > 2) return false;
    return parts.every((p) => num.test(p) && Number(p) >= min && Number(p) <= max);
  });
}

function isYear(c: string): boolean {
  return c.split(',').every((item) => {
    const base = item.split('/')[0];
    return base === '*' || base.split('..').every((p) => /^\d+$/.test(p) && (p.length < 4 || (Number(p) >= 1970 && Number(p) <= 2199)));
  });
}

function isDate(w: string): boolean {
  const parts = w.replace('~', '-').split('-');
  if (parts.length === 2) return isComponent(parts[0], 1, 12) && isComponent(parts[1], 1, 31);
  if (parts.length === 3) return isYear(parts[0]) && isComponent(parts[1], 1, 12) && isComponent(parts[2], 1, 31);
  return false;
}

function isTime(w: string): boolean {
  const parts = w.split(':');
  if (parts.length !== 2 && parts.length !== 3) return false;
  return isComponent(parts[0], 0, 23) && isComponent(parts[1], 0, 59) && (parts.length === 2 || isComponent(parts[2], 0, 59, true));
}

/** True unless the expression is certainly invalid for systemd. */
export function isCalendar(spec: string): boolean {
  let words = spec.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  if (words.length === 1 && /^@\d+$/.test(words[0])) return true;
  const last = words[words.length - 1];
  // A trailing word that could be a time zone name is taken as one (we cannot check zoneinfo here).
  if (words.length > 1 && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(last) && !isWeekdayList(last)) words = words.slice(0, -1);
  if (words.length === 1 && SHORTCUTS.has(words[0].toLowerCase())) return true;
  let rest = words;
  if (isWeekdayList(words[0])) rest = words.slice(1);
  else if (/^[A-Za-z]/.test(words[0])) return false;
  if (rest.length === 0) return words.length === 1;
  if (rest.length === 2) return isDate(rest[0]) && isTime(rest[1]);
  if (rest.length === 1) return rest[0].includes(':') ? isTime(rest[0]) : isDate(rest[0]);
  return false;
}
