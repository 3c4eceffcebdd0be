// A mocha reporter that prints one machine-readable line per test (read by driver/results.ts) plus a
// readable line, all through console.log: that is what reaches the driver from a remote extension host.
import * as Mocha from 'mocha';
import { RESULT_PREFIX as PREFIX } from '../driver/results';

export class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('pass', (test) => {
      console.log(`${PREFIX}${JSON.stringify({ name: test.fullTitle(), ok: true, ms: test.duration })}`);
    });
    runner.on('fail', (test, err: Error) => {
      const detail = `${err.message}${err.stack ? `\n${err.stack.split('\n').slice(1, 4).join('\n')}` : ''}`;
      console.log(`${PREFIX}${JSON.stringify({ name: test.fullTitle(), ok: false, detail, ms: test.duration })}`);
    });
    runner.once('end', () => {
      const s = this.stats;
      console.log(`haconf extension-host suite: ${s.passes} passing, ${s.failures} failing, ${s.pending} pending`);
    });
  }
}
