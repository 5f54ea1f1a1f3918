// Public surface of the test-letter generator for tests and benchmarks.
export { generateLetter, departmentInReference } from './letter.ts';
export { renderLetterPages, encodeLetter, encodePng, encodeJpeg, encodeTextPdf, EXTENSIONS } from './output.ts';
export { scanPage, type RawPage } from './scan.ts';
export { generateCorpus, generateSamples, generateBenchPages, writeBenchPages, sampleLetters, corpusType, labelLine, type LabelLine, type BenchPage } from './corpus.ts';
export { isValidIban, makeIban, ibanCheckDigits } from './iban.ts';
export type { GeneratedLetter, LetterLabels, OutputFormat, ScanPlan } from './model.ts';
export type { PageLayout } from './layout.ts';
