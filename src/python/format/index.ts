// Python's text formatting of values, as pure functions on JS values.
export { floatRepr, parseFloat, parseIntLiteral, intToString, floatToIntTruncate, roundFloat, roundInt, exactDecimal } from './numbers';
export { formatInt, formatFloat, formatStr, strRepr } from './formatSpec';
export { percentFormat, type PercentArg } from './percentFormat';
