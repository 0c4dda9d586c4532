// Program output: stdout, then any traceback, as text (never as HTML).

import { usePlayground } from '../context';
import { t } from '../i18n';

export function Output() {
  const stdout = usePlayground((s) => s.snapshot?.stdout ?? '');
  const stderr = usePlayground((s) => s.snapshot?.stderr ?? '');
  const notice = usePlayground((s) => s.notice);
  const crash = usePlayground((s) => s.crash);
  const lang = usePlayground((s) => s.lang);
  return (
    <section className="output-pane" aria-label={t(lang, 'output')}>
      {notice && <p className="notice" role="status">{notice}</p>}
      {crash && <p className="crash" role="alert">The interpreter stopped: {crash}</p>}
      <pre className="stdout" data-testid="stdout">{stdout}</pre>
      {stderr && <pre className="stderr" data-testid="stderr">{stderr}</pre>}
    </section>
  );
}
