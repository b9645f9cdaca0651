import type { Fact, PortableImage } from "../types";

/**
 * How one provider names a portable image, as the string its Pulumi resource takes:
 * - aws: an SSM public parameter path that resolves to the current AMI of the region
 *   (EC2 accepts `resolve:ssm:<path>` as the image id, so no lookup call is needed);
 * - azure: an image URN `publisher:offer:sku:version`;
 * - gcp: an image family `project/family`.
 * Each mapping is a fact with its source.
 */
export type ImageTable = Readonly<Record<PortableImage, Fact<string>>>;
