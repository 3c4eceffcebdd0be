// Hand-written descriptions (our own words) of more sample fetches and converters (batch 5).
// Keys are "fetch:<name>" and "conv:<name>"; spread into DESCRIPTIONS by descriptions.ts.
export const SAMPLE_DESCRIPTIONS_5: Readonly<Record<string, string>> = {
};
