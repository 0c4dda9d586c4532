// How tests run the python3 oracle: unbuffered stdout (sys.stdout writes through, no pending-writes list),
// which is what the playground models; gc.get_count() figures depend on it.
export const PYTHON_ENV = { ...process.env, PYTHONUNBUFFERED: '1', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' };
