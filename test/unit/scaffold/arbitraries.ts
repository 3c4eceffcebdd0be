// fast-check generators of valid raw scaffold answers, for property tests (unit and parity).
import fc from 'fast-check';

const octet = fc.integer({ min: 0, max: 255 });
/** Host IPv4 addresses: not 0/8, loopback or multicast. */
export const hostAddress = fc
  .tuple(fc.integer({ min: 1, max: 223 }).filter((o) => o !== 127), octet, octet, fc.integer({ min: 1, max: 254 }))
  .map((o) => o.join('.'));

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);

/** `count` nodes with distinct names and addresses, as `name=address,...`. */
function nodes(min: number, max: number) {
  return fc
    .uniqueArray(fc.tuple(name, hostAddress), { minLength: min, maxLength: max, selector: ([n]) => n })
    .filter((list) => new Set(list.map(([, a]) => a)).size === list.length)
    .map((list) => list.map(([n, a]) => `${n}=${a}`).join(','));
}

export const rawAnswers = fc
  .record({
    vip: fc.tuple(hostAddress, fc.integer({ min: 8, max: 32 })).map(([a, p]) => `${a}/${p}`),
    interface: fc.constantFrom('eth0', 'ens18', 'bond0.100', 'enp1s0f1'),
    lbNodes: nodes(2, 2).map((s) => s.replace(/^([^=]+)=/, 'lb-$1=').replace(/,([^=]+)=/, ',lb-$1=')),
    webNodes: nodes(1, 6).map((s) => s.replace(/(^|,)([^=]+)=/g, '$1web-$2=')),
    appPort: fc.integer({ min: 1025, max: 65535 }).filter((p) => ![3306, 3307, 5432, 5433, 8404].includes(p)),
    healthPath: fc.constantFrom('/health', '/healthz', '/api/v1/status', '/ready?full=1'),
    vrid: fc.integer({ min: 1, max: 255 }),
    db: fc.constantFrom('none', 'mysql', 'postgresql'),
    dbNodes: nodes(2, 4).map((s) => s.replace(/(^|,)([^=]+)=/g, '$1db-$2=')),
    webhook: fc.constantFrom('', 'https://hooks.example.com/ha', 'http://10.0.0.1:9000/x?a=1&b=%2F'),
    pacemaker: fc.boolean(),
  })
  .filter((r) => {
    const vipAddr = r.vip.split('/')[0];
    const all = [r.lbNodes, r.webNodes, r.dbNodes].join(',').split(',').map((n) => n.split('=')[1]);
    return !all.includes(vipAddr) && new Set(all).size === all.length;
  });
