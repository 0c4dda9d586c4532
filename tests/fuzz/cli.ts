// The fuzzer's command line: generate programs, compare with python3, shrink the failures, print a summary.

import { generateProgram } from './generate';
import { renderProgram } from './program';
import { DEFAULT_FEATURES } from './features';
import { runPython } from './runner';

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const features = arg('--features')?.split(',') ?? DEFAULT_FEATURES;
  const show = arg('--show');
  if (show !== undefined) {
    process.stdout.write(renderProgram(generateProgram(Number(show), { features }).body));
    return;
  }
  const validate = arg('--validate');
  if (validate !== undefined) {
    void validatePrograms(Number(validate), features);
    return;
  }
}

/** Checks that generated programs run cleanly on python3 (no uncaught exception unless `traceback`). */
async function validatePrograms(count: number, features: string[]): Promise<void> {
  const queue = Array.from({ length: count }, (_, i) => i);
  let bad = 0;
  const worker = async () => {
    for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
      const p = generateProgram(seed, { features });
      const r = await runPython(renderProgram(p.body));
      const slow = r.ms > 3000;
      if ((r.status !== 0 && !p.features.has('traceback')) || slow || r.timedOut) {
        bad++;
        console.log(`seed ${seed} status ${r.status} ${Math.round(r.ms)}ms: ${r.stderr.trim().split('\n').pop()}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(`${bad} of ${count} bad`);
}

main(process.argv.slice(2));
