// Vite: React, relative asset paths so the built site works from any static host, workers as ES modules.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const INTERPRETER_WORKER = fileURLToPath(new URL('./src/worker/worker.ts', import.meta.url));

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * The modules the interpreter worker reaches by static imports, for one chunking pass (null in other builds).
 * They make one chunk with the worker's entry: otherwise the code the module chunks share with it is a separate
 * chunk the worker fetches only after parsing its entry, one round trip more before the first graph.
 */
let lastPass: { graph: ModuleGraph; modules: Set<string> | null } | null = null;
function interpreterWorkerModules(graph: ModuleGraph): Set<string> | null {
  if (lastPass?.graph === graph) return lastPass.modules;
  let modules: Set<string> | null = null;
  if (graph.getModuleInfo(INTERPRETER_WORKER)) {
    modules = new Set();
    const pending = [INTERPRETER_WORKER];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (modules.has(id)) continue;
      modules.add(id);
      pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
  }
  lastPass = { graph, modules };
  return modules;
}

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // ASCII output: one non-ASCII character ('…') makes V8 hold and scan a whole script as two-byte text.
    rollupOptions: { input: { main: 'index.html', demo: 'demo/index.html' }, output: { charset: 'ascii' } },
  },
  worker: {
    format: 'es',
    rolldownOptions: {
      output: { charset: 'ascii', codeSplitting: { groups: [{ name: (id: string, graph: ModuleGraph) => (interpreterWorkerModules(graph)?.has(id) ? 'worker' : null) }] } },
    },
  },
});
