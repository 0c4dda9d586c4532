# break, continue and return cannot leave an except* handler.
for attempt in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(attempt)])
    except* ValueError:
        if attempt:
            break
