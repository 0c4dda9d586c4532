// Types of scripts/run-cli.mjs for TypeScript callers (the global test setup).
/** Rebuilds the CLI bundles if a source changed; resolves to the main bundle's path. */
export function ensureCliBundle(): Promise<string>;
