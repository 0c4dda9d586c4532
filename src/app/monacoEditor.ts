// Monaco, bundled by Vite (no CDN): only the editor core and the Python language, with its worker.

import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

// Our themes: Monaco's, with line numbers dark enough to read (WCAG AA) on their background.
monaco.editor.defineTheme('pm-light', {
  base: 'vs', inherit: true, rules: [],
  colors: { 'editorLineNumber.foreground': '#5c6166', 'editorLineNumber.activeForeground': '#1d1f21', 'editorLineNumber.dimmedForeground': '#6b7076' },
});
monaco.editor.defineTheme('pm-dark', {
  base: 'vs-dark', inherit: true, rules: [],
  colors: { 'editorLineNumber.foreground': '#a0a6ad', 'editorLineNumber.activeForeground': '#e8eaed', 'editorLineNumber.dimmedForeground': '#9aa0a6', 'editor.background': '#1e1f22' },
});

export type EditorTheme = 'light' | 'dark';

export interface CodeEditor {
  setLine(line: number | null): void;
  setError(error: { line: number; column: number | null; endColumn?: number | null; message: string } | null): void;
  setBreakpoints(lines: number[]): void;
  setValue(code: string): void;
  setTheme(theme: EditorTheme): void;
  dispose(): void;
}

/** Where focus goes when the reader leaves the editor with Escape then Tab (or Shift+Tab). */
function focusNext(from: HTMLElement, backwards: boolean): void {
  const focusables = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"]), a[href]')]
    .filter((el) => !from.contains(el) && !el.hasAttribute('disabled') && el.offsetParent !== null);
  const after = focusables.filter((el) => from.compareDocumentPosition(el) & (backwards ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING));
  const target = backwards ? after[after.length - 1] : after[0];
  target?.focus();
}

/** Creates the editor in `host`; everything it creates is disposed together. */
export function createCodeEditor(
  host: HTMLElement, code: string, onChange: (code: string) => void, onGutterClick: (line: number) => void, readOnly: boolean, theme: EditorTheme,
): CodeEditor {
  const editor = monaco.editor.create(host, {
    theme: theme === 'dark' ? 'pm-dark' : 'pm-light',
    value: code, language: 'python', automaticLayout: true, minimap: { enabled: false }, glyphMargin: true,
    fontSize: 14, scrollBeyondLastLine: false, readOnly, lineNumbersMinChars: 3, tabSize: 4, renderLineHighlight: 'none',
    ariaLabel: 'Python program',
  });
  const model = editor.getModel()!;
  const lineDecorations = editor.createDecorationsCollection();
  const breakpointDecorations = editor.createDecorationsCollection();
  const changeListener = editor.onDidChangeModelContent(() => onChange(editor.getValue()));
  // Tab indents in the editor; Escape then Tab leaves it (Ctrl+M, Monaco's own toggle, makes Tab always leave).
  let escaped = false;
  const keyListener = editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) {
      escaped = true;
      return;
    }
    if (escaped && e.keyCode === monaco.KeyCode.Tab) {
      e.preventDefault();
      e.stopPropagation();
      focusNext(host, e.shiftKey);
    }
    escaped = false;
  });
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
      // No column, or no end (end_offset -1: "unexpected indent", a missing block at a dedent): to the line's end.
      const toLineEnd = !error?.column || error.endColumn === -1;
      monaco.editor.setModelMarkers(model, 'python', error ? [{
        startLineNumber: error.line, startColumn: error.column ?? 1, endLineNumber: error.line,
        endColumn: toLineEnd ? model.getLineMaxColumn(error.line) : Math.max(error.endColumn ?? 0, error.column! + 1), message: error.message,
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
    setTheme(next) {
      monaco.editor.setTheme(next === 'dark' ? 'pm-dark' : 'pm-light');
    },
    dispose() {
      keyListener.dispose();
      changeListener.dispose();
      mouseListener.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
