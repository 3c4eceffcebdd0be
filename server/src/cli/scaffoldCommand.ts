// `haconf scaffold`: placeholder until the scaffold generator lands.
export async function runScaffoldCommand(_args: string[]): Promise<number> {
  process.stderr.write('haconf scaffold: not available yet\n');
  return 2;
}
