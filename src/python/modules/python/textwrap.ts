// The textwrap module in our Python subset. Words are split by hand into exactly the chunks CPython's
// wordsep_re finds (our re is a separately loaded module, which the wrapper does not need).

export const TEXTWRAP_PY = `
__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\\t\\n\\x0b\\x0c\\r "


def _is_word(text, i):
    # \\w at i (Unicode: alphanumerics and the underscore).
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def _is_letter(text, i):
    # [^\\d\\W]: a word character that is no digit.
    return i >= 0 and _is_word(text, i) and not text[i].isdecimal()


def _word_punct(c):
    # [\\w!"'&.,?]
    return c.isalnum() or c in "_!&.,?" or c == '"' or c == "'"


def _dash_run(text, i):
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i


def _hyphen_breaks(text, k):
    # The hyphen at k ends a chunk: two letters before it, or letter-hyphen-letter before it, and a letter,
    # an optional hyphen and a letter after it.
    before = (_is_letter(text, k - 2) and _is_letter(text, k - 1)) or (
        _is_letter(text, k - 3) and text[k - 2] == "-" and _is_letter(text, k - 1) if k >= 3 else False)
    after = _is_letter(text, k + 1) and (_is_letter(text, k + 2) or (
        k + 3 < len(text) and text[k + 2] == "-" and _is_letter(text, k + 3)))
    return before and after


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = "".join(" " if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        # The chunks CPython's wordsep_re.split gives (wordsep_simple_re without break_on_hyphens): whitespace
        # runs, em-dashes between words, and words, broken after a hyphen with two letters before it (or
        # letter-hyphen-letter) and a letter, an optional hyphen and a letter after it.
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i + 1
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
            elif not self.break_on_hyphens:
                while j < n and text[j] not in _whitespace:
                    j += 1
            elif i > 0 and _word_punct(text[i - 1]) and _dash_run(text, i) >= 2 and _is_word(text, i + _dash_run(text, i)):
                j = i + _dash_run(text, i)
            else:
                while True:
                    if j >= n or text[j] in _whitespace:
                        break
                    if text[j] == "-" and _hyphen_breaks(text, j):
                        j += 1
                        break
                    if _word_punct(text[j - 1]) and _dash_run(text, j) >= 2 and _is_word(text, j + _dash_run(text, j)):
                        break
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            word = chunks[i].rstrip("\\"'")
            if chunks[i + 1] == " " and len(word) > 1 and word[-1] in ".!?" and word[-2].islower():
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text."""
    lines = text.split("\\n")
    # Lines of only spaces and tabs become empty and do not count toward the margin.
    lines = ["" if line.strip(" \\t") == "" else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(" \\t")
        leading = line[:len(line) - len(stripped)]
        if margin is None:
            margin = leading
        elif leading.startswith(margin):
            pass
        elif margin.startswith(leading):
            margin = leading
        else:
            common = 0
            while common < len(margin) and common < len(leading) and margin[common] == leading[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return "\\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
`;
