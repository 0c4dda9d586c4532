// inspect, part five: the signature of each kind of callable the playground has (CPython's
// _signature_from_callable): functions, methods, classes, partials, dataclasses, builtins' __text_signature__.
export const INSPECT_CALLABLES_PY = String.raw`def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None, eval_str=False):
    """Private helper: constructs Signature for the given python function."""
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    Parameter = cls._parameter_cls
    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__ or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0

    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count

    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1

    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind, default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1

    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY, default=default))

    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))

    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)

class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'

_HAS_DEFAULT_FACTORY = _HasDefaultFactory()

def _signature_bound_method(sig):
    """Private helper to transform signatures for unbound functions to bound methods."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)

def _split_top_level(text):
    parts, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote and text[i - 1] != "\\":
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts

class _Invalid(Exception):
    pass

def _literal(text):
    text = text.strip()
    if text in ('None', 'True', 'False'):
        return {'None': None, 'True': True, 'False': False}[text]
    if text == 'sys.maxsize':
        return sys.maxsize
    if text == '-sys.maxsize':
        return -sys.maxsize
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        out = []
        escaped = False
        for ch in text[1:-1]:
            if escaped:
                out.append({'n': '\n', 't': '\t', 'r': '\r', '0': '\0'}.get(ch, ch))
                escaped = False
            elif ch == '\\':
                escaped = True
            else:
                out.append(ch)
        return ''.join(out)
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if text in ('()', '[]', '{}'):
        return {'()': (), '[]': [], '{}': {}}[text]
    raise _Invalid(text)

def _signature_fromstr(cls, obj, s, skip_bound_arg=True):
    """Private helper to parse content of '__text_signature__' and return a Signature based on it."""
    Parameter = cls._parameter_cls
    s = s.strip()
    if not (s.startswith('(') and s.endswith(')')) or '<unrepresentable>' in s:
        raise ValueError("{!r} builtin has invalid signature".format(obj))
    tokens = _split_top_level(s[1:-1])
    parameters = []
    kind = _POSITIONAL_ONLY if '/' in tokens else _POSITIONAL_OR_KEYWORD
    self_parameter = False
    for index, token in enumerate(tokens):
        if token == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if token == '*':
            kind = _KEYWORD_ONLY
            continue
        if token.startswith('**'):
            parameters.append(Parameter(token[2:], _VAR_KEYWORD))
            continue
        if token.startswith('*'):
            parameters.append(Parameter(token[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        if index == 0 and token.startswith('$'):
            self_parameter = True
            token = token[1:]
        name, eq, default = token.partition('=')
        name = name.strip()
        try:
            default = _literal(default) if eq else _empty
        except _Invalid:
            raise ValueError("{!r} builtin has invalid signature".format(obj)) from None
        parameters.append(Parameter(name, kind, default=default))
    if self_parameter:
        _self = getattr(obj, '__self__', None)
        self_isbound = _self is not None
        self_ismodule = ismodule(_self)
        if self_isbound and (self_ismodule or skip_bound_arg):
            parameters.pop(0)
        else:
            parameters[0] = parameters[0].replace(kind=_POSITIONAL_ONLY)
    return cls(parameters, return_annotation=cls.empty)

def _signature_from_builtin(cls, func, skip_bound_arg=True):
    """Private helper function to get signature for builtin callables."""
    s = getattr(func, "__text_signature__", None)
    if not s:
        raise ValueError("no signature found for builtin {!r}".format(func))
    return _signature_fromstr(cls, func, s, skip_bound_arg)

def _signature_get_user_defined_method(cls, method_name):
    """Private helper. Checks if cls has an attribute named method_name and returns it only if it is a
    pure python function."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return
    else:
        if isinstance(meth, _NON_USER_CALLABLES) or isbuiltin(meth):
            return None
        return meth

def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """Private helper to calculate how 'wrapped_sig' signature will look like after applying a
    'functools.partial' object (or alike) on it."""
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind is not _POSITIONAL_ONLY
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)
    return wrapped_sig.replace(parameters=new_params.values())

def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls):
    """Private helper function to get signature for arbitrary callable objects."""
    _get_signature_of = lambda o: _signature_from_callable(
        o, follow_wrapper_chains=follow_wrapper_chains, skip_bound_arg=skip_bound_arg,
        globals=globals, locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, _METHOD) and isbuiltin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, _METHOD):
        # In this case we skip the first parameter of the underlying function (usually 'self' or 'cls').
        sig = _get_signature_of(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        else:
            return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, _METHOD):
            return _get_signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if isbuiltin(obj) or ismethoddescriptor(obj) or obj is type or obj is object:
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    functools = sys.modules.get('functools')
    if functools is not None and isinstance(obj, functools.partial):
        wrapped_sig = _get_signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _get_signature_of(call)
        else:
            factory_method = None
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            if '__new__' in obj.__dict__:
                factory_method = new
            elif '__init__' in obj.__dict__:
                factory_method = init
            elif new is not None:
                factory_method = new
            elif init is not None:
                factory_method = init
            if factory_method is not None:
                sig = _get_signature_of(factory_method)

        if sig is None:
            for base in obj.__mro__[:-1]:
                try:
                    text_sig = base.__text_signature__
                except AttributeError:
                    pass
                else:
                    if text_sig:
                        return _signature_fromstr(sigcls, base, text_sig)
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    return sigcls.from_callable(object)
                else:
                    raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NON_USER_CALLABLES):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = _get_signature_of(call)
            except ValueError as ex:
                msg = 'no signature found for {!r}'.format(obj)
                raise ValueError(msg) from ex

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        else:
            return sig

    raise ValueError('callable {!r} is not supported by signature'.format(obj))
`;
