// The playground's UI, loaded by main.tsx once the interpreter worker has been started (with the program from the
// URL hash or the default lesson, read by workerStart.ts): mounts React.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startup } from './workerStart';
import { markOnce } from '../worker/startupMarks';

markOnce('page:ui-loaded');
createRoot(document.getElementById('root')!).render(<App initialCode={startup.code} options={startup.options} />);
