// Placeholder page: runs the program in the textarea with our interpreter and shows stdout and stderr.
import { runProgram } from '../cli/runProgram';

const code = document.getElementById('code') as HTMLTextAreaElement;
const output = document.getElementById('output') as HTMLPreElement;
document.getElementById('run')!.addEventListener('click', () => {
  const result = runProgram(code.value, { instructionBudget: 50_000_000 });
  output.textContent = result.stdout + result.stderr;
});
