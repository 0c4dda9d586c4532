// Program output: stdout (its last lines when long), the input() box while it waits, then any traceback, as text.

import { usePlayground } from '../context';
import { t } from '../i18n';
import { InputBox } from './InputBox';

export function Output() {
  const stdout = usePlayground((s) => s.view?.snapshot.stdout ?? '');
  const stderr = usePlayground((s) => s.view?.snapshot.stderr ?? '');
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
      {dropped > 0 && <p className="dropped" data-testid="dropped-lines">… {dropped.toLocaleString('en-US')} {t(lang, 'droppedLines')}</p>}
      <pre className="stdout" data-testid="stdout">{stdout}</pre>
      <InputBox />
      {stderr && <pre className="stderr" data-testid="stderr">{stderr}</pre>}
    </section>
  );
}
