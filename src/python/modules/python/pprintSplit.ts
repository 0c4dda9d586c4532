// The pprint module, second part: how a dict, list, tuple, set, str, bytes or collections container too wide
// for its line is split over lines, with the widths CPython's pprint gives each part.

export const PPRINT_SPLIT_PY = String.raw`

# How each container type is split over lines when its repr does not fit.

def _split_dict(printer, object, stream, indent, allowance, context, level):
    stream.write('{')
    if printer._indent_per_level > 1:
        stream.write((printer._indent_per_level - 1) * ' ')
    if len(object):
        items = sorted(object.items(), key=_safe_tuple) if printer._sort_dicts else object.items()
        printer._format_dict_items(items, stream, indent, allowance + 1, context, level)
    stream.write('}')


def _split_ordered_dict(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '(')
    printer._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
    stream.write(')')


def _split_list(printer, object, stream, indent, allowance, context, level):
    stream.write('[')
    printer._format_items(object, stream, indent, allowance + 1, context, level)
    stream.write(']')


def _split_tuple(printer, object, stream, indent, allowance, context, level):
    stream.write('(')
    closing = ',)' if len(object) == 1 else ')'
    printer._format_items(object, stream, indent, allowance + len(closing), context, level)
    stream.write(closing)


def _split_set(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    if type(object) is set:
        stream.write('{')
        closing = '}'
    else:
        name = type(object).__name__
        stream.write(name + '({')
        closing = '})'
        indent += len(name) + 1
    printer._format_items(sorted(object, key=_safe_key), stream, indent, allowance + len(closing), context, level)
    stream.write(closing)


def _split_str(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    pieces = []
    lines = object.splitlines(True)
    if level == 1:
        # A string split at the top level is put in parentheses.
        indent += 1
        allowance += 1
    line_width = last_line_width = printer._width - indent
    for i, line in enumerate(lines):
        rep = repr(line)
        last_line = i == len(lines) - 1
        if last_line:
            last_line_width -= allowance
        if len(rep) <= last_line_width:
            pieces.append(rep)
            continue
        words = _words(line)
        piece_width = line_width
        current = ''
        for j, word in enumerate(words):
            candidate = current + word
            if last_line and j == len(words) - 1:
                piece_width -= allowance
            if len(repr(candidate)) > piece_width:
                if current:
                    pieces.append(repr(current))
                current = word
            else:
                current = candidate
        if current:
            pieces.append(repr(current))
    if len(pieces) == 1:
        stream.write(rep)
        return
    if level == 1:
        stream.write('(')
    stream.write(('\n' + ' ' * indent).join(pieces))
    if level == 1:
        stream.write(')')


def _split_bytes(printer, object, stream, indent, allowance, context, level):
    if len(object) <= 4:
        stream.write(repr(object))
        return
    top = level == 1
    if top:
        indent += 1
        allowance += 1
        stream.write('(')
    stream.write(('\n' + ' ' * indent).join(_bytes_pieces(object, printer._width - indent, allowance)))
    if top:
        stream.write(')')


def _split_bytearray(printer, object, stream, indent, allowance, context, level):
    stream.write('bytearray(')
    _split_bytes(printer, bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
    stream.write(')')


def _split_mappingproxy(printer, object, stream, indent, allowance, context, level):
    stream.write('mappingproxy(')
    printer._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
    stream.write(')')


def _split_simplenamespace(printer, object, stream, indent, allowance, context, level):
    name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
    stream.write(name + '(')
    printer._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1, allowance, context, level)
    stream.write(')')


def _split_default_dict(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    factory = printer._repr(object.default_factory, context, level)
    name = object.__class__.__name__
    indent += len(name) + 1
    stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
    _split_dict(printer, object, stream, indent, allowance + 1, context, level)
    stream.write(')')


def _split_counter(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '({')
    if printer._indent_per_level > 1:
        stream.write((printer._indent_per_level - 1) * ' ')
    printer._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
    stream.write('})')


def _split_chain_map(printer, object, stream, indent, allowance, context, level):
    if not len(object.maps):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '(')
    indent += len(name) + 1
    last = len(object.maps) - 1
    for i, mapping in enumerate(object.maps):
        if i == last:
            printer._format(mapping, stream, indent, allowance + 1, context, level)
            stream.write(')')
        else:
            printer._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)


def _split_deque(printer, object, stream, indent, allowance, context, level):
    if not len(object):
        stream.write(repr(object))
        return
    name = object.__class__.__name__
    stream.write(name + '([')
    indent += len(name) + 1
    if object.maxlen is None:
        printer._format_items(object, stream, indent, allowance + 2, context, level)
        stream.write('])')
    else:
        printer._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent, printer._repr(object.maxlen, context, level)))


def _split_user_data(printer, object, stream, indent, allowance, context, level):
    printer._format(object.data, stream, indent, allowance, context, level - 1)


_splitters = {
    dict.__repr__: _split_dict,
    list.__repr__: _split_list,
    tuple.__repr__: _split_tuple,
    set.__repr__: _split_set,
    frozenset.__repr__: _split_set,
    str.__repr__: _split_str,
    bytes.__repr__: _split_bytes,
    bytearray.__repr__: _split_bytearray,
    _types.MappingProxyType.__repr__: _split_mappingproxy,
    _types.SimpleNamespace.__repr__: _split_simplenamespace,
}

_collections_registered = []


def _splitter_for(repr_function):
    # The collections types are split too once a program has imported collections (pprint does not import it:
    # a program that has not cannot have any of its objects).
    splitter = _splitters.get(repr_function)
    if splitter is None and not _collections_registered:
        collections = _sys.modules.get('collections')
        if collections is not None:
            _collections_registered.append(True)
            for name, collections_splitter in (
                ("OrderedDict", _split_ordered_dict),
                ("defaultdict", _split_default_dict),
                ("Counter", _split_counter),
                ("ChainMap", _split_chain_map),
                ("deque", _split_deque),
                ("UserDict", _split_user_data),
                ("UserList", _split_user_data),
                ("UserString", _split_user_data),
            ):
                collections_type = getattr(collections, name, None)
                if collections_type is not None:
                    _splitters[collections_type.__repr__] = collections_splitter
            splitter = _splitters.get(repr_function)
    return splitter
`;
