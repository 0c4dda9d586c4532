// The program the playground opens with when the URL carries none (the reference counting lesson's), kept apart
// from the lesson gallery so the page's entry can hand it to the worker before the UI has loaded.
export const DEFAULT_PROGRAM = 'import sys\n\na = []\n# Get ref count (usually higher than expected because the argument to sys.getrefcount itself is also a temporary reference)\nprint(sys.getrefcount(a))\n\nb = a\nprint(sys.getrefcount(a)) # Increases\n\ndel b\nprint(sys.getrefcount(a)) # Decreases\n';
