// Monaco, bundled by Vite (no CDN): only the editor core and the Python language, with its worker.

import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export interface CodeEditor {
  setLine(line: number | null): void;
  setError(error: { line: number; column: number | null; endColumn?: number | null; message: string } | null): void;
  setBreakpoints(lines: number[]): void;
  setValue(code: string): void;
  dispose(): void;
}

/** Creates the editor in `host`; everything it creates is disposed together. */
export function createCodeEditor(
  host: HTMLElement, code: string, onChange: (code: string) => void, onGutterClick: (line: number) => void, readOnly: boolean,
): CodeEditor {
  const editor = monaco.editor.create(host, {
    value: code, language: 'python', automaticLayout: true, minimap: { enabled: false }, glyphMargin: true,
    fontSize: 14, scrollBeyondLastLine: false, readOnly, lineNumbersMinChars: 3, tabSize: 4, renderLineHighlight: 'none',
    ariaLabel: 'Python program',
  });
  const model = editor.getModel()!;
  const lineDecorations = editor.createDecorationsCollection();
  const breakpointDecorations = editor.createDecorationsCollection();
  const changeListener = editor.onDidChangeModelContent(() => onChange(editor.getValue()));
  const mouseListener = editor.onMouseDown((e) => {
    if (e.target.type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN && e.target.position) onGutterClick(e.target.position.lineNumber);
  });
  return {
    setLine(line) {
      if (line === null) {
        lineDecorations.clear();
        return;
      }
      lineDecorations.set([
        { range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'pm-current-line', linesDecorationsClassName: 'pm-current-line-gutter' } },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line);
    },
    setError(error) {
      monaco.editor.setModelMarkers(model, 'python', error ? [{
        startLineNumber: error.line, startColumn: error.column ?? 1, endLineNumber: error.line,
        endColumn: error.column ? Math.max(error.endColumn ?? 0, error.column + 1) : model.getLineMaxColumn(error.line), message: error.message,
        severity: monaco.MarkerSeverity.Error,
      }] : []);
    },
    setBreakpoints(lines) {
      breakpointDecorations.set(lines.map((l) => ({
        range: new monaco.Range(l, 1, l, 1), options: { glyphMarginClassName: 'breakpoint' },
      })));
    },
    setValue(value) {
      if (value !== editor.getValue()) editor.setValue(value);
    },
    dispose() {
      changeListener.dispose();
      mouseListener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
