// Counts the times a run met a limit of its JavaScript host rather than of the program: the JS stack ran out, or
// memory did (a simulated limit, or a string or array longer than JS allows). The CLI's quick run on its main
// thread (a smaller stack and heap than its interpreter thread) is trusted only when none was met.
export const hostLimits = { hits: 0 };
