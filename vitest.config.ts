// Unit tests (Node): the site's Vite config plus vitest's settings. Browser tests have vitest.browser.config.ts.
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { availableParallelism } from 'node:os';
import viteConfig from './vite.config.ts';

/**
 * The files that each take a worker for most of the run (every corpus program forked, every step's references
 * counted). They start first: on a clean clone vitest has no durations yet and starts larger files first, which
 * left these to start last and run on alone while the other worker sat idle.
 */
const LONGEST_FILES = ['src/python/fork/fork.test.ts', 'tests/ledger.test.ts'];

class LongestFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const isLongest = (spec: TestSpecification) => LONGEST_FILES.some((file) => spec.moduleId.endsWith(file));
    const sorted = await super.sort(files);
    return [...sorted.filter(isLongest), ...sorted.filter((spec) => !isLongest(spec))];
  }
}

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
      exclude: ['tests/browser/**'],
      testTimeout: 30_000,
      // Every core: vitest's default leaves one free, which on a 2-core CI machine runs all files one after another.
      maxWorkers: availableParallelism(),
      sequence: { sequencer: LongestFilesFirst },
      globalSetup: ['tests/support/buildCli.ts'],
      // Node runs every module's code linked in (the page's worker fetches it in chunks: chunkedLibrary.ts).
      setupFiles: ['src/python/modules/library/installStaticLibrary.ts'],
    },
  }),
);
