/**
 * The image check the drivers with a catalog image table share: an image the user did not pin in
 * the driver's overrides must be mapped (confirmed) in the driver's table.
 */
import type { ImageTable } from "../catalog/images/types";
import type { PortableImage } from "../catalog/types";
import { known } from "../catalog/types";
import { problems, type Problem } from "../errors";

/** `SC_UNKNOWN_IMAGE` when no image is pinned and `table` has no confirmed mapping for `image`. */
export function catalogImageProblems(pinned: string | undefined, table: ImageTable, image: PortableImage): Problem[] {
  if (pinned !== undefined || known(table[image]) !== undefined) return [];
  return [problems.unknownImage("image", image, Object.keys(table), [])];
}
