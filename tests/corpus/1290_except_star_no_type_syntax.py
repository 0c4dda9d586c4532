# except* needs the exception types it matches.
def handler():
    try:
        pass
    except* (ValueError, TypeError):
        try:
            pass
        finally:
            pass
    except*:
        pass
