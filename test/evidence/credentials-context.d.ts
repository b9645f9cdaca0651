/** The part of @digitalbazaar/credentials-context (no types shipped) the evidence tests use. */
declare module "@digitalbazaar/credentials-context" {
  /** Context documents by URL (`https://www.w3.org/ns/credentials/v2`, ...). */
  export const contexts: ReadonlyMap<string, object>;
}
