// Vitest's global setup: the CLI's bundles are built once, before any test file starts. Test files on parallel
// workers each spawning scripts/run-cli.mjs on a clean clone would otherwise all rebuild them at the same time.
import { ensureCliBundle } from '../../scripts/run-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBundle();
}
