// Detached children (code-server, try.sh) live in their own process groups, so a signal that ends the
// driver (Ctrl+C, a CI timeout) would not reach them. Whatever starts one registers how to stop it here;
// on SIGINT/SIGTERM the driver runs every registered stop, then exits.
type Stop = () => Promise<void> | void;

const stops = new Set<Stop>();
let installed = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  console.log(`driver: ${signal}, stopping what it started`);
  await Promise.allSettled([...stops].map(async (s) => s()));
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** Registers `stop`; returns the function that unregisters it (call it once stopped normally). */
export function stopOnSignal(stop: Stop): () => void {
  if (!installed) {
    installed = true;
    process.once('SIGINT', (s) => void onSignal(s));
    process.once('SIGTERM', (s) => void onSignal(s));
  }
  stops.add(stop);
  return () => stops.delete(stop);
}
