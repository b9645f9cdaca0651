/** The gcp driver. Placeholder until the gcp driver work lands. */
import type { Driver } from "../types";

export const gcpDriver: Driver | undefined = undefined;
