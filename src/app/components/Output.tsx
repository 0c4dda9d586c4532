// Program output: stdout and stderr in the order the program wrote them (its last lines when long), then the input() box while it waits.

import { usePlayground } from '../context';
import { t } from '../i18n';
import { InputBox } from './InputBox';
import type { OutputPiece } from '../../python/outputOrder';
import { groupDigits } from '../../view/groupDigits';

/** No output yet (one array, so the store's selector returns the same value each time). */
const NO_OUTPUT: readonly OutputPiece[] = [];

export function Output() {
  const output = usePlayground((s) => s.view?.output ?? NO_OUTPUT);
  const dropped = usePlayground((s) => s.view?.droppedLines ?? 0);
  const halted = usePlayground((s) => s.overview?.halted ?? null);
  const notice = usePlayground((s) => s.notice);
  const crash = usePlayground((s) => s.crash);
  const lang = usePlayground((s) => s.lang);
  return (
    <section className="output-pane" aria-label={t(lang, 'output')}>
      {notice && <p className="notice" role="status">{notice}</p>}
      {crash && <p className="crash" role="alert">The interpreter stopped: {crash}</p>}
      {halted && <p className="halted" role="status" data-testid="halted">{t(lang, 'stepLimit')}: {halted}</p>}
      {dropped > 0 && <p className="dropped" data-testid="dropped-lines">… {groupDigits(dropped)} {t(lang, 'droppedLines')}</p>}
      <pre className="output" data-testid="output">
        {output.map((piece, i) => (piece.stream === 'stderr' ? <span key={i} className="stderr" data-testid="stderr">{piece.text}</span> : <span key={i}>{piece.text}</span>))}
      </pre>
      <InputBox />
    </section>
  );
}
