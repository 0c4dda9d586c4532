// Our pydoc, last part: help() itself (pydoc.Helper, which the builtin help calls) and the interactive help
// utility, which reads its requests with input() and lists keywords, symbols and topics.
export const PYDOC_HELPER_PY = String.raw`
_INTRO = """\
Welcome to Python {0}'s help utility! If this is your first time using
Python, you should definitely check out the tutorial at
https://docs.python.org/{0}/tutorial/.

Enter the name of any module, keyword, or topic to get help on writing
Python programs and using Python modules.  To get a list of available
modules, keywords, symbols, or topics, enter "modules", "keywords",
"symbols", or "topics".

Each module also comes with a one-line summary of what it does; to list
the modules whose name or summary contain a given string such as "spam",
enter "modules spam".

To quit this help utility and return to the interpreter,
enter "q" or "quit".
"""

_OUTRO = """
You are now leaving help and returning to the Python interpreter.
If you want to ask for help on a particular object directly from the
interpreter, you can type "help(object)".  Executing "help('string')"
has the same effect as typing a particular string at the help> prompt.
"""

def _interact():
    sys.stdout.write(_INTRO.format("%d.%d" % sys.version_info[:2]))
    sys.stdout.write("\n")
    while True:
        try:
            request = input("help> ")
            if not request:
                break
        except (KeyboardInterrupt, EOFError):
            break
        request = request.strip()
        if len(request) > 2 and request[0] == request[-1] in ("'", '"') and request[0] not in request[1:-1]:
            request = request[1:-1]
        if request.lower() in ("q", "quit"):
            break
        if request == "help":
            sys.stdout.write(_INTRO.format("%d.%d" % sys.version_info[:2]))
        else:
            help.help(request)
    sys.stdout.write(_OUTRO)

_LISTS = {
    "keywords": ("""
Here is a list of the Python keywords.  Enter any keyword to get more help.

""", _keywords),
    "symbols": ("""
Here is a list of the punctuation symbols which Python assigns special meaning
to. Enter any symbol to get more help.

""", _symbols),
    "topics": ("""
Here is a list of available topics.  Enter any topic name to get more help.

""", _topics),
}

def _columns(items, columns=4, width=80):
    items = sorted(items)
    column_width = width // columns
    rows = (len(items) + columns - 1) // columns
    for row in range(rows):
        for col in range(columns):
            i = col * rows + row
            if i < len(items):
                sys.stdout.write(items[i])
                if col < columns - 1:
                    sys.stdout.write(" " + " " * (column_width - 1 - len(items[i])))
        sys.stdout.write("\n")

def _show_topic():
    # python3 reads the topics' texts from pydoc_data.topics; the playground does not have that module, and says
    # so as python3 does without it.
    sys.stdout.write("""
Sorry, topic and keyword documentation is not available because the
module "pydoc_data.topics" could not be found.
""")

class Helper:
    """The object behind the builtin help (site's _Helper calls it)."""
    _GoInteractive = object()

    def __repr__(self):
        return "<pydoc.Helper instance>"

    def __call__(self, request=_GoInteractive):
        if request is not self._GoInteractive:
            try:
                self.help(request)
            except ImportError as e:
                sys.stdout.write(f"{e}\n")
        else:
            _interact()

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request in _LISTS:
                sys.stdout.write(_LISTS[request][0])
                _columns(_LISTS[request][1])
            elif request == "modules" or request.startswith("modules "):
                doc(request)
            elif request in _symbols:
                _show_topic()
            elif request in ("True", "False", "None"):
                doc({"True": True, "False": False, "None": None}[request])
            elif request in _keywords or request in _topics:
                _show_topic()
            else:
                doc(request or str)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request)
        sys.stdout.write("\n")

help = Helper()
`;
