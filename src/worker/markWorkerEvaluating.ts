// Imported first by worker.ts: marks when the worker's code has been fetched, parsed and linked, and evaluation starts.
import { markOnce } from './startupMarks';

markOnce('worker:evaluating');
