// The code editor: a plain textarea at first paint, replaced by Monaco once it has loaded.

import { useEffect, useRef, useState } from 'react';
import { usePlayground } from '../context';
import type { CodeEditor } from '../monacoEditor';

export function Editor({ readOnly = false }: { readOnly?: boolean }) {
  const code = usePlayground((s) => s.code);
  const setCode = usePlayground((s) => s.setCode);
  const line = usePlayground((s) => s.snapshot?.line ?? null);
  const error = usePlayground((s) => s.snapshot?.error ?? null);
  const breakpoints = usePlayground((s) => s.breakpoints);
  const toggleBreakpoint = usePlayground((s) => s.toggleBreakpoint);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [monacoReady, setMonacoReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    import('../monacoEditor').then(({ createCodeEditor }) => {
      if (disposed || !host.current) return;
      editor.current = createCodeEditor(host.current, code, setCode, toggleBreakpoint, readOnly);
      setMonacoReady(true);
    }).catch(() => setMonacoReady(false));
    return () => {
      disposed = true;
      editor.current?.dispose();
      editor.current = null;
    };
    // The editor is created once; later code changes flow through setValue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => editor.current?.setValue(code), [code, monacoReady]);
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
