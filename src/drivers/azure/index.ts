/**
 * The Azure driver (azure-native). Every child is on an explicit `azure-native.Provider`
 * (the user's own, or one shared per location: `azure-francecentral`, see common.ts), and carries the
 * placement's location itself; each component has its own resource group; the SDK is loaded only when a
 * resource is created (see sdk.ts).
 */
import { defineDriver } from "../define";
import * as bucket from "./bucket";
import { AZURE_CAPABILITIES as capabilities } from "./capabilities";
import * as checks from "./checks";
import * as database from "./database";
import * as kubernetes from "./aks";
import * as network from "./network";
import * as overrides from "./overrides";
import * as vm from "./vm";

export type * from "./overrides";

export const azureDriver = defineDriver("azure", { capabilities, checks, bucket, network, vm, overrides, database, kubernetes });
