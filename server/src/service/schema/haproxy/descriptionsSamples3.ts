// Hand-written descriptions (our own words) of more sample fetches and converters (batch 3).
// Keys are "fetch:<name>" and "conv:<name>"; spread into DESCRIPTIONS by descriptions.ts.
export const SAMPLE_DESCRIPTIONS_3: Readonly<Record<string, string>> = {
};
