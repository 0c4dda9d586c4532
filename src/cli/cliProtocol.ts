// What the CLI's main thread hands its interpreter thread, and what comes back.

import type { SyntaxDiagnostic } from '../python/errors';

export interface CliRun {
  source: string;
  /** The script's absolute path, as CPython names it in tracebacks. */
  filename: string;
  /** sys.path[0]: the directory the script really is in. */
  scriptDirectory?: string;
  /** The script as the command line named it: sys.argv[0]. */
  scriptArgument: string;
  /** sys.argv[1:]: the command line's words after the script. */
  programArguments: string[];
  stdin: string;
  unreadableFrom?: SyntaxDiagnostic;
  explainName: string | null;
  /** A SharedArrayBuffer of one Int32: the main thread sets it on SIGINT. */
  interrupt: SharedArrayBuffer;
  /** Simulated bytes past which allocations raise MemoryError. */
  memoryLimit: number;
}

export interface CliResult {
  status: number;
  /** The run ended with an uncaught KeyboardInterrupt. */
  interrupted: boolean;
}
