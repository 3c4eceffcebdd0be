// The stack summary as Markdown: each failure path with its formula, and how often a year it fits the budget.
import { fmt } from './timed';
import type { StackSummary } from './stack';

export function stackMarkdown(s: StackSummary): string {
  const out = ['**Failover timing** (worst case, each number with its formula)', ''];
  for (const p of s.paths) {
    out.push(`- **${p.name}**: ${p.what}.`);
    if (p.steps.length > 1 && p.total) out.push(`  total: ${p.total.formula}`);
    for (const st of p.steps) out.push(`  - ${st.label}: ${st.time.formula}`);
    if (p.note) out.push(`  - note: ${p.note}`);
  }
  out.push('', '| target | downtime a year | ' + s.paths.filter((p) => p.total).map((p) => p.name).join(' | ') + ' |');
  out.push('|---|---|' + s.paths.filter((p) => p.total).map(() => '---|').join(''));
  for (const b of s.budgets) {
    const cells = b.perPath.map((x) => (Number.isFinite(x.timesPerYear) ? `${x.timesPerYear}×` : '∞'));
    out.push(`| ${b.target}% | ${fmt(b.seconds)} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}
