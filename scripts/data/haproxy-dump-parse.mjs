// Reads the `haproxy -dKall` dump of the installed binary: registered keywords, options, actions,
// sample fetches and converters with their argument shapes.

export function parseDump(text) {
  const out = { global: [], bind: {}, server: {}, converters: {}, fetches: {}, actions: {}, sections: {}, acls: {} };
  let part = '';
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('# List of registered')) {
      part = raw.replace('# List of registered ', '').replace(/[:\s]+$/, '');
      continue;
    }
    if (raw.startsWith('#') || !raw.trim()) continue;
    if (part.startsWith('ACL')) {
      // "hdr_beg = req.hdr -m beg": the fetch an ACL keyword reads and its match method
      const m = /^(\S+) = (\S+(?: -m \S+)?)/.exec(raw);
      if (m) out.acls[m[1]] = m[2];
    } else if (part.startsWith('configuration')) {
      if (!raw.startsWith('\t')) {
        section = raw.trim();
        continue;
      }
      const l = raw.trim().replace(/\s*\[[^\]]*\]\s*$/, '');
      let m;
      // SSL options are listed as `bind <addr> ssl <option>`: the option is the word after `ssl`
      if ((m = /^bind <addr> (?:ssl (?=\S))?(\S+)( \+\d+)?/.exec(l))) out.bind[m[1]] = m[2] ? '<arg>' : '';
      else if ((m = /^server <name> <addr> (\S+)( \+\d+)?/.exec(l))) out.server[m[1]] = m[2] ? '<arg>' : '';
      else if ((m = /^(http-request|http-response|http-after-response|tcp-request (?:connection|session|content)|tcp-response content) (\S+?)\*?$/.exec(l))) {
        (out.actions[m[1]] ??= []).push(m[2]);
      } else if (section === 'global') out.global.push(l.split(/\s+/)[0]);
      else if (section !== 'listen') (out.sections[section] ??= []).push(l.split(/\s+/)[0]);
    } else if (part.startsWith('sample converter')) {
      const m = /^([\w.\-+]+)(\([^)]*\))?: (.*)$/.exec(raw.trim());
      if (m) out.converters[m[1]] = `${m[2] ?? ''} : ${m[3]}`;
    } else if (part.startsWith('sample fetch')) {
      const m = /^\[[^\]]*\] ([\w.\-+]+)(\([^)]*\))?: (.*)$/.exec(raw.trim());
      if (m) out.fetches[m[1]] = `${m[2] ?? ''} : ${m[3]}`;
    }
  }
  return out;
}
