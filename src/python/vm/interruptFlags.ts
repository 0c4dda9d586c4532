// Values another thread stores in VMOptions.interruptFlag to get the running program's attention.

/** Ctrl-C: the program gets a KeyboardInterrupt. */
export const INTERRUPT_KEYBOARD = 1;
/** A poll request: the VM runs onPoll (the CLI flushes its output) and carries on. */
export const INTERRUPT_POLL = 2;
