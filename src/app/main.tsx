// Entry point: reads the program from the URL hash (or a default lesson) and mounts the playground.

// First: the interpreter worker starts loading while the rest of this script is set up.
import './workerStart';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { codeFromHash } from './share';
import { parseEmbedOptions } from '../embed/params';
import { LESSONS } from './lessons';
import './styles.css';

const options = parseEmbedOptions(location.search);
const code = codeFromHash(location.hash) ?? LESSONS.find((l) => l.id === 'refcount')!.code;
createRoot(document.getElementById('root')!).render(<App initialCode={code} options={options} />);
