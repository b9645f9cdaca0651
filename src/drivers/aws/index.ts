/** The aws driver. Placeholder until the aws driver work lands. */
import type { Driver } from "../types";

export const awsDriver: Driver | undefined = undefined;
