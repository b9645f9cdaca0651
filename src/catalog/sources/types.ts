/** A public source a catalog fact was taken from. */
export interface Source {
  readonly title: string;
  /** Where to read it: a URL, or `owner/repo path` for a file in a public repository. */
  readonly ref: string;
  /** The day the source was read (YYYY-MM-DD). */
  readonly asOf: string;
  /** `primary`: the vendor, regulator or standard itself. `secondary`: a third party restating it. */
  readonly kind: "primary" | "secondary";
}

/** Define a group of sources with their ids checked against {@link Source}. */
export function defineSources<K extends string>(s: Record<K, Source>): Record<K, Source> {
  return s;
}
