// Runs a whole program as `python3 FILE.py` would, returning stdout, stderr and the exit status.

import '../python/modules/library/installStaticLibrary';
import { Interpreter, type InterpreterOptions } from '../python/interpreter';

export interface ProgramResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs `source` to completion. Example: `runProgram('print(1)', {}).stdout === '1\n'`. */
export function runProgram(source: string, options: InterpreterOptions & { stdin?: string; filename?: string } = {}): ProgramResult {
  const interp = new Interpreter(source, options);
  interp.run();
  return { stdout: interp.stdout, stderr: interp.stderr, status: interp.exitStatus };
}
