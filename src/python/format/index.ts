// Python's text formatting of values, as pure functions on JS values.
export { floatRepr, parseFloat, parseIntText, intToDecimal, floatToIntTruncate, roundFloat, roundFloatToIntegral, roundInt, exactDigits, INT_MAX_STR_DIGITS, INT_STR_DIGITS_THRESHOLD } from './numbers';
export { doubleToString } from './dtoa';
export { formatInt, formatFloat, formatStr, formatComplex } from './formatSpec';
export { strRepr } from './strRepr';
export { formatPrintfInt, formatPrintfFloat, padPrintf, type PrintfSpec } from './percentFormat';
