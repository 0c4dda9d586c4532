// The playground's UI, loaded by main.tsx once the interpreter worker has been started: reads the program from
// the URL hash (or a default lesson) and mounts React.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { codeFromHash } from './share';
import { parseEmbedOptions } from '../embed/params';
import { LESSONS } from './lessons';

const options = parseEmbedOptions(location.search);
const code = codeFromHash(location.hash) ?? LESSONS.find((l) => l.id === 'refcount')!.code;
createRoot(document.getElementById('root')!).render(<App initialCode={code} options={options} />);
