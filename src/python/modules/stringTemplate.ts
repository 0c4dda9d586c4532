// string.Template and string.Formatter in our Python subset. CPython matches Template placeholders with a
// regular expression; ours scans by hand (the same placeholders: $$, $name, ${name}), so a subclass may change
// `delimiter` but not `idpattern` or `pattern`.

export const STRING_TEMPLATE_PY = `
import _string
from collections import ChainMap as _ChainMap

_sentinel_dict = {}
_ID_START = frozenset(ascii_letters + '_')
_ID_REST = frozenset(ascii_letters + digits + '_')


def _identifier_end(text, i):
    # Where an ASCII identifier starting at i ends (i itself when there is none).
    if i >= len(text) or text[i] not in _ID_START:
        return i
    i += 1
    while i < len(text) and text[i] in _ID_REST:
        i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (kind, start, end, name) for each placeholder: 'escaped', 'named', 'braced' or 'invalid'.
        text = self.template
        delimiter = self.delimiter
        size = len(delimiter)
        found = []
        i = text.find(delimiter)
        while i >= 0:
            j = i + size
            if text.startswith(delimiter, j):
                found.append(('escaped', i, j + size, None))
                i = text.find(delimiter, j + size)
                continue
            end = _identifier_end(text, j)
            if end > j:
                found.append(('named', i, end, text[j:end]))
                i = text.find(delimiter, end)
                continue
            if text.startswith('{', j):
                end = _identifier_end(text, j + 1)
                if end > j + 1 and text.startswith('}', end):
                    found.append(('braced', i, end + 1, text[j + 1:end]))
                    i = text.find(delimiter, end + 1)
                    continue
            found.append(('invalid', i, j, None))
            i = text.find(delimiter, j)
        return found

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, safe):
        text = self.template
        parts = []
        done = 0
        for kind, start, end, name in self._placeholders():
            parts.append(text[done:start])
            done = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                parts.append(text[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(text[done:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        for kind, start, end, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and manual numbering ('{0}') do not mix.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
`;
