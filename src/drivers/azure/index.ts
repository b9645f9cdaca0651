/** The azure driver. Placeholder until the azure driver work lands. */
import type { Driver } from "../types";

export const azureDriver: Driver | undefined = undefined;
