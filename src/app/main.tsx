// Entry point, kept small so it runs early: it starts the interpreter worker, whose download, parse and start-up
// then overlap the download and set-up of the UI (React, the app: mount.tsx), instead of waiting for them.
import './workerStart';
import './styles.css';

void import('./mount');
