/**
 * The checks every VM of a driver with an override schema and a catalog image table starts with
 * (aws, hetzner, scaleway): its overrides as the driver's schema allows them, then its image.
 */
import type { ImageTable } from "../catalog/images/types";
import type { PortableImage } from "../catalog/types";
import type { Problem } from "../errors";
import { catalogImageProblems } from "./images";
import { overrideProblems, type OverrideBlock } from "./override-schema";

/** Problems with the VM's overrides (`block`), then `SC_UNKNOWN_IMAGE` unless an image is `pinned` or `table` maps `image`. */
export function overrideAndImageProblems<T>(
  block: OverrideBlock<T>,
  overrides: unknown,
  pinned: string | undefined,
  table: ImageTable,
  image: PortableImage,
): Problem[] {
  return [...overrideProblems(block, overrides), ...catalogImageProblems(pinned, table, image)];
}
