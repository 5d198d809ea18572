/**
 * A stand-in for the CustomFunctions global that Excel's runtime defines, for the unit tests,
 * the tests of the built page (test/built/pageRuntime.ts) and the benchmark: the Error class
 * keeps its code and message, and the error codes are those of `CustomFunctions.ErrorCode`
 * (@types/custom-functions-runtime).
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const fakeCustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};

/** Installs the stand-in as the global CustomFunctions, as the runtime would. */
export function installFakeCustomFunctions(): void {
  Object.assign(globalThis, { CustomFunctions: fakeCustomFunctions });
}
