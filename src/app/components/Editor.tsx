// The code editor: a plain textarea at first paint, replaced by Monaco once it has loaded.

import { useEffect, useRef, useState } from 'react';
import { usePlayground } from '../context';
import type { CodeEditor, EditorTheme } from '../monacoEditor';
import type { Theme } from '../../embed/params';

/** The editor follows the page's theme; `auto` follows the system's. */
function useEditorTheme(theme: Theme): EditorTheme {
  const query = typeof window !== 'undefined' ? window.matchMedia?.('(prefers-color-scheme: dark)') : undefined;
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const listener = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  return theme === 'dark' || (theme === 'auto' && systemDark) ? 'dark' : 'light';
}

/** Waits for longest: an interpreter that never answers still gets the editor. */
const EDITOR_AT_THE_LATEST_MS = 3000;

/**
 * True once the first picture has come from the worker: Monaco (~700 KB gzip, parsed on the main thread) is
 * fetched after it, so the graph is not kept waiting by the editor's download and parse.
 */
function useAfterFirstPicture(): boolean {
  const hasPicture = usePlayground((s) => s.view !== null);
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (hasPicture) return;
    const timer = setTimeout(() => setTimedOut(true), EDITOR_AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, [hasPicture]);
  return hasPicture || timedOut;
}

export function Editor({ readOnly = false }: { readOnly?: boolean }) {
  const code = usePlayground((s) => s.code);
  const setCode = usePlayground((s) => s.setCode);
  const line = usePlayground((s) => s.view?.snapshot.line ?? null);
  const error = usePlayground((s) => s.view?.snapshot.error ?? null);
  const breakpoints = usePlayground((s) => s.breakpoints);
  const toggleBreakpoint = usePlayground((s) => s.toggleBreakpoint);
  const theme = useEditorTheme(usePlayground((s) => s.theme));
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [monacoReady, setMonacoReady] = useState(false);
  const startEditor = useAfterFirstPicture();

  useEffect(() => {
    if (!startEditor) return;
    let disposed = false;
    import('../monacoEditor').then(({ createCodeEditor }) => {
      if (disposed || !host.current) return;
      editor.current = createCodeEditor(host.current, code, setCode, toggleBreakpoint, readOnly, theme);
      setMonacoReady(true);
    }).catch(() => setMonacoReady(false));
    return () => {
      disposed = true;
      editor.current?.dispose();
      editor.current = null;
    };
    // The editor is created once; later code changes flow through setValue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startEditor]);

  useEffect(() => editor.current?.setValue(code), [code, monacoReady]);
  useEffect(() => editor.current?.setTheme(theme), [theme, monacoReady]);
  useEffect(() => editor.current?.setLine(line), [line, monacoReady]);
  useEffect(() => editor.current?.setBreakpoints(breakpoints), [breakpoints, monacoReady]);
  useEffect(() => {
    editor.current?.setError(error && error.line ? { line: error.line, column: error.column, endColumn: error.endColumn, message: `${error.type}: ${error.message}` } : null);
  }, [error, monacoReady]);

  return (
    <div className="editor-pane">
      <div ref={host} className="monaco-host" data-ready={monacoReady} hidden={!monacoReady} />
      {!monacoReady && (
        <textarea className="fallback-editor" aria-label="Python program" spellCheck={false} value={code}
          readOnly={readOnly} onChange={(e) => setCode(e.target.value)} />
      )}
      {error && error.line !== null && (
        <div className="editor-error" role="alert" data-error-line={error.line} data-error-column={error.column ?? ''}>
          {error.type} on line {error.line}{error.column ? `, column ${error.column}` : ''}: {error.message}
        </div>
      )}
    </div>
  );
}
