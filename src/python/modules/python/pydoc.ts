// pydoc: help(obj) as python3 prints it with stdout not a terminal (pydoc's plain text, no pager).
export const PYDOC_PY = String.raw`
def help(*args):
    pass
`;
