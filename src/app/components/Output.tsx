// Program output: stdout, then any traceback, as text (never as HTML).

import { usePlayground } from '../context';

export function Output() {
  const stdout = usePlayground((s) => s.snapshot?.stdout ?? '');
  const stderr = usePlayground((s) => s.snapshot?.stderr ?? '');
  const notice = usePlayground((s) => s.notice);
  const crash = usePlayground((s) => s.crash);
  return (
    <section className="output-pane" aria-label="Program output">
      {notice && <p className="notice" role="status">{notice}</p>}
      {crash && <p className="crash" role="alert">The interpreter stopped: {crash}</p>}
      <pre className="stdout" data-testid="stdout">{stdout}</pre>
      {stderr && <pre className="stderr" data-testid="stderr">{stderr}</pre>}
    </section>
  );
}
