// The box where the reader answers the program's input(): shown only while input() waits; Enter sends the line.

import { useEffect, useId, useRef, useState } from 'react';
import { usePlayground } from '../context';
import { t } from '../i18n';

export function InputBox() {
  const waiting = usePlayground((s) => s.view?.waitingForInput ?? null);
  const step = usePlayground((s) => s.view?.snapshot.step ?? 0);
  const answer = usePlayground((s) => s.answer);
  const lang = usePlayground((s) => s.lang);
  const [text, setText] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const asking = waiting !== null;
  useEffect(() => {
    // Focus follows the question, but never leaves the host page for an embed the reader is not using.
    if (asking && document.hasFocus()) field.current?.focus({ preventScroll: true });
  }, [asking, step]);
  if (!waiting) return null;
  const prompt = waiting.prompt.trim();
  return (
    <form
      className="input-box"
      data-testid="input-box"
      onSubmit={(e) => {
        e.preventDefault();
        answer(text);
        setText('');
      }}
    >
      <label htmlFor={id}>
        {prompt ? (
          <>
            <span className="sr-only">{t(lang, 'inputAsks')} </span>
            <span className="input-prompt">{prompt}</span>
          </>
        ) : (
          t(lang, 'inputWaiting')
        )}
      </label>
      <input
        id={id}
        ref={field}
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t(lang, 'inputPlaceholder')}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="send"
      />
      <button type="submit">{t(lang, 'inputSend')}</button>
    </form>
  );
}
