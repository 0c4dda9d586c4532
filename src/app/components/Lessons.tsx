// The lesson gallery (a picker in the title bar) and the explanation shown beside the graph.

import { usePlayground } from '../context';
import { LESSONS } from '../lessons';
import { t } from '../i18n';

export function LessonPicker() {
  const lang = usePlayground((s) => s.lang);
  const code = usePlayground((s) => s.code);
  const setCode = usePlayground((s) => s.setCode);
  const current = LESSONS.find((l) => l.code === code)?.id ?? '';
  return (
    <label className="lesson-picker">
      {t(lang, 'lessons')}{' '}
      <select value={current} onChange={(e) => {
        const lesson = LESSONS.find((l) => l.id === e.target.value);
        if (lesson) setCode(lesson.code);
      }}>
        <option value="" disabled>—</option>
        {LESSONS.map((l) => <option key={l.id} value={l.id}>{l.title[lang]}</option>)}
      </select>
    </label>
  );
}

export function LessonText() {
  const lang = usePlayground((s) => s.lang);
  const code = usePlayground((s) => s.code);
  const lesson = LESSONS.find((l) => l.code === code);
  if (!lesson) return null;
  return (
    <section className="lesson-text" aria-label={lesson.title[lang]}>
      <h2>{lesson.title[lang]}</h2>
      <p>{lesson.explanation[lang]}</p>
    </section>
  );
}
