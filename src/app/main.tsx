// Entry point: reads the program from the URL hash (or a default lesson) and mounts the playground.

import { createRoot } from 'react-dom/client';
import { App } from './App';
import { codeFromHash } from './share';
import './styles.css';

const DEFAULT_PROGRAM = `import sys

a = []
# Get ref count (the argument to sys.getrefcount is also a temporary reference)
print(sys.getrefcount(a))

b = a
print(sys.getrefcount(a)) # Increases

del b
print(sys.getrefcount(a)) # Decreases
`;

const code = codeFromHash(location.hash) ?? DEFAULT_PROGRAM;
createRoot(document.getElementById('root')!).render(<App initialCode={code} />);
